package org.intermarket.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a new owner or agency submits to join the market. */
public record Registration(
        @NotNull Role role,
        @NotNull @Valid OrganisationForm organisation,
        @NotNull @Valid AccountForm account) {

    public record OrganisationForm(
            @NotBlank @Size(max = 200) String name,
            @NotBlank String creditCode,
            @NotBlank @Pattern(regexp = "\\d{6}") String region,
            @NotBlank @Size(max = 64) String legalRepresentative,
            @NotBlank @Pattern(regexp = "[0-9+\\- ]{7,20}") String contactPhone) {
    }

    public record AccountForm(
            @Username String username,
            @Password String password,
            @Email @Size(max = 254) String email) {

        @Override
        public String toString() {
            return "AccountForm[username=" + username + ", email=" + email + "]";
        }
    }
}
