package org.intermarket.procurement;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.intermarket.shared.MoneyJson;

/** A project as its owner registers it. Investment in CNY with two decimals. */
public record ProjectForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = Project.CODE_PATTERN, message = "must look like 2026-330100-48-01-000123") String projectCode,
        @NotBlank @Size(max = 200) String location,
        @NotNull @DecimalMin("0.01") @Digits(integer = 14, fraction = 2)
        @JsonbTypeAdapter(MoneyJson.class)
        @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal investment) {
}
