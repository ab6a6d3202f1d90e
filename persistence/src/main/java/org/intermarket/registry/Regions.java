package org.intermarket.registry;

/** GB/T 2260 region codes in filters: a province or city code stands for everything under it. */
public final class Regions {

    private Regions() {
    }

    /** The LIKE prefix of a code: 330000 → "33", 330200 → "3302", 330203 → "330203". */
    public static String prefix(String code) {
        if (code.matches("\\d{2}0000")) {
            return code.substring(0, 2);
        }
        if (code.matches("\\d{4}00")) {
            return code.substring(0, 4);
        }
        return code;
    }
}
