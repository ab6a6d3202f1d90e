package org.intermarket.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an organisation may change about itself. Name and credit code are fixed at registration. */
public record ProfileForm(
        @NotBlank @Pattern(regexp = "\\d{6}") String region,
        @NotBlank @Size(max = 64) String legalRepresentative,
        @Size(max = 64) String contactPerson,
        @NotBlank @Pattern(regexp = "[0-9+\\- ]{7,20}") String contactPhone,
        @Size(max = 2000) String description) {
}
