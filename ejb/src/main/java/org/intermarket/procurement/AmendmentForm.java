package org.intermarket.procurement;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** An amendment (API.md {@code POST /needs/{id}/amendments}): a reason and the fields that change; absent ones stay. */
public record AmendmentForm(
        @NotBlank @Size(max = 1000) String reason,
        @Size(max = 4000) String scope,
        @Min(1) @Max(3650) Integer serviceDays,
        @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal ceilingPrice,
        Instant bidDeadline) {
}
