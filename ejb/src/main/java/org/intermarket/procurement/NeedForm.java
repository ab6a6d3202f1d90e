package org.intermarket.procurement;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.intermarket.shared.MoneyJson;

/** A need as the owner drafts it (API.md {@code POST /needs}). */
public record NeedForm(
        @NotNull Long projectId,
        @NotBlank @Size(max = 32) String itemCode,
        @NotBlank @Size(max = 4000) String scope,
        @NotNull @Min(1) @Max(3650) Integer serviceDays,
        @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
        @JsonbTypeAdapter(MoneyJson.class)
        @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal ceilingPrice,
        @Size(max = 128) String qualificationRequired,
        @NotNull SelectionMethod selectionMethod,
        @NotNull Instant bidDeadline,
        @Valid WeightsForm weights,
        @Size(max = 200) String contact,
        @Valid @Size(max = 50) java.util.List<@NotNull @Valid ExclusionForm> excludedAgencies) {

    /** Avoidance (回避): an agency excluded for a stated conflict of interest. */
    public record ExclusionForm(@NotNull Long agencyId, @NotBlank @Size(max = 1000) String reason) {
    }

    /** Comprehensive-scoring weights in percent. */
    public record WeightsForm(@NotNull @Min(0) @Max(100) Integer price, @NotNull @Min(0) @Max(100) Integer credit,
                              @NotNull @Min(0) @Max(100) Integer plan) {
    }
}
