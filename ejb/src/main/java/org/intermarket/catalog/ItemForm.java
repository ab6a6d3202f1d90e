package org.intermarket.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The editable content of a service item, as a supervisor submits it. */
public record ItemForm(
        @NotBlank @Size(max = 128) String nameZh,
        @NotBlank @Size(max = 256) String nameEn,
        @NotBlank @Size(max = 2000) String legalBasis,
        @NotBlank @Size(max = 128) String department,
        @Size(max = 128) String qualificationType,
        @NotNull @Min(1) @Max(365) Integer standardDays,
        @NotNull FeeBasis feeBasis,
        @NotNull Boolean mandatory) {

    ItemDetails toDetails() {
        return new ItemDetails(nameZh.trim(), nameEn.trim(), legalBasis.trim(), department.trim(),
                qualificationType == null ? null : qualificationType.trim(), standardDays, feeBasis, mandatory);
    }
}
