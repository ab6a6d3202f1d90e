package org.intermarket.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.intermarket.registry.Password;

/** A signed-in holder's new password, with the current one to prove it is the holder and not a left-open session. */
public record PasswordChangeForm(@NotNull @Size(max = 1024) String currentPassword, @Password String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeForm[…]";
    }
}
