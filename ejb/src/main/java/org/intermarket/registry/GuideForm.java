package org.intermarket.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A service guide for one catalog item: conditions, process, time limit and fee standard. */
public record GuideForm(
        @NotBlank @Size(max = 32) String itemCode,
        @NotBlank @Size(max = 4000) String conditions,
        @NotBlank @Size(max = 4000) String process,
        @NotNull @Min(1) @Max(3650) Integer timeLimitDays,
        @NotBlank @Size(max = 1000) String feeStandard) {

    ServiceGuide.GuideTerms terms() {
        return new ServiceGuide.GuideTerms(conditions.trim(), process.trim(), timeLimitDays, feeStandard.trim());
    }
}
