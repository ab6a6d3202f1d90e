package org.intermarket.registry;

import java.util.Objects;

/**
 * An 18-character unified social credit code (统一社会信用代码, GB 32100-2015).
 * Characters come from a 31-symbol alphabet (digits and capitals without I, O, S, V, Z);
 * positions 3-8 are the administrative division code; the last character is a check
 * character over the first seventeen, with weights 3^i mod 31.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /** Parses a code, rejecting a wrong length, a foreign character or a wrong check character. */
    public static CreditCode of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a unified social credit code is required");
        }
        String code = text.trim().toUpperCase();
        if (code.length() != 18) {
            throw new IllegalArgumentException("a unified social credit code has 18 characters");
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " ('" + code.charAt(i)
                        + "') is not allowed in a unified social credit code");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                throw new IllegalArgumentException("characters 3 to 8 of a unified social credit code are the region code digits");
            }
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            throw new IllegalArgumentException("the check character of this unified social credit code is wrong");
        }
        return new CreditCode(code);
    }

    public static boolean isValid(String text) {
        try {
            of(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The check character for the first seventeen characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CreditCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
