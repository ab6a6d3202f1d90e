package org.intermarket.credit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A violation as a supervisor records it (API.md {@code POST /agencies/{id}/violations}). */
public record ViolationForm(@NotNull Severity severity, @NotBlank @Size(max = 1000) String reason, @Size(max = 2000) String evidence) {
}
