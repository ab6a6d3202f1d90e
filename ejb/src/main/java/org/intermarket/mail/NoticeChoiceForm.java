package org.intermarket.mail;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Which kinds of inbox messages an account also wants by mail (none: no notice mail), and in which language. */
public record NoticeChoiceForm(
        @NotNull @Size(max = 100) List<@NotNull @Pattern(regexp = "[A-Z_]{1,32}") String> kinds,
        @NotNull @Pattern(regexp = "zh|en") String language) {
}
