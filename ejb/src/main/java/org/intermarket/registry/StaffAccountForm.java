package org.intermarket.registry;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A supervisor or administrator account an administrator opens in their own government office. */
public record StaffAccountForm(
        @Username String username,
        @Password String password,
        @Email @Size(max = 254) String email,
        @NotNull Role role) {

    @Override
    public String toString() {
        return "StaffAccountForm[username=" + username + ", email=" + email + ", role=" + role + "]";
    }
}
