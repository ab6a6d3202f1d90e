package org.intermarket.procurement;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.intermarket.shared.MoneyJson;

/** An amendment (API.md {@code POST /needs/{id}/amendments}): a reason and the fields that change; absent ones stay. */
public record AmendmentForm(
        @NotBlank @Size(max = 1000) String reason,
        @Size(max = 4000) String scope,
        @Min(1) @Max(3650) Integer serviceDays,
        @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
        @JsonbTypeAdapter(MoneyJson.class)
        @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal ceilingPrice,
        Instant bidDeadline) {
}
