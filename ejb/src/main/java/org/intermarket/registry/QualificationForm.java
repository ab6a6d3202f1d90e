package org.intermarket.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A certificate as the agency declares it; the scan is uploaded separately. */
public record QualificationForm(
        @NotBlank @Size(max = 128) String type,
        @NotBlank @Size(max = 32) String level,
        @NotBlank @Size(max = 64) String certificateNo,
        @NotBlank @Size(max = 128) String issuer,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo) {
}
