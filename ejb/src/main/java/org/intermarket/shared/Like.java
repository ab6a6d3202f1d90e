package org.intermarket.shared;

import java.util.Locale;

/** LIKE patterns from user text: wildcards in the text match themselves (backslash is the escape on H2 and PostgreSQL). */
public final class Like {

    private Like() {
    }

    /** A lower-case pattern matching values that contain the text. */
    public static String containing(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
