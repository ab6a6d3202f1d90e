package org.intermarket.credit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Blacklists through {@code until}, inclusive. */
public record BlacklistForm(@NotNull LocalDate until, @NotBlank @Size(max = 1000) String reason) {
}
