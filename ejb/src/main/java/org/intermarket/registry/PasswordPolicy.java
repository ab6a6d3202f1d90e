package org.intermarket.registry;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import java.util.Optional;

/**
 * What a new password must be (OWASP ASVS 2.1): 12 to 128 characters of any kind, spaces and any script
 * included, and not guessable: not one of the common or breached passwords, names and words the strength
 * estimator nbvcxz ships, nor a keyboard walk, repeat, sequence or date built from them, judged by the
 * guesses an attacker would need ({@link #MINIMUM_ENTROPY_BITS}). No rules about character classes: a long
 * passphrase is better than a short password with a digit in it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** About a trillion guesses: out of reach of a throttled online attack, and of a quick offline one. */
    static final double MINIMUM_ENTROPY_BITS = 40;
    /**
     * The estimate looks at this many characters at most: a prefix is never stronger than the whole, and the
     * estimator's work grows with the length (a crafted 128-character password cost it half a second).
     */
    static final int ESTIMATED_PREFIX = 64;
    /** Fewer different characters than this is a repeat, whatever its length; no estimate needed. */
    static final int MIN_DISTINCT = 5;

    private static final Nbvcxz ESTIMATOR = new Nbvcxz(new ConfigurationBuilder()
            .setMinimumEntropy(MINIMUM_ENTROPY_BITS)
            .setCombinationAlgorithmTimeout(50L)
            .createConfiguration());

    /** Why a password is refused; each has the template its message is found under. */
    public enum Weakness {
        TOO_SHORT("{password.too-short}", "a password is at least " + MIN_LENGTH + " characters"),
        TOO_LONG("{password.too-long}", "a password is at most " + MAX_LENGTH + " characters"),
        GUESSABLE("{password.guessable}", "this password is common or easy to guess; choose a longer one or a passphrase of unrelated words");

        private final String template;
        private final String english;

        Weakness(String template, String english) {
            this.template = template;
            this.english = english;
        }

        /** A message template ({@code {password.too-short}}) that the pages and the API look up in their bundles. */
        public String template() {
            return template;
        }

        public String english() {
            return english;
        }
    }

    private PasswordPolicy() {
    }

    public static Optional<Weakness> weakness(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Weakness.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Weakness.TOO_LONG);
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of(Weakness.GUESSABLE);
        }
        String estimated = length <= ESTIMATED_PREFIX ? password
                : password.substring(0, password.offsetByCodePoints(0, ESTIMATED_PREFIX));
        return ESTIMATOR.estimate(estimated).isMinimumEntropyMet() ? Optional.empty() : Optional.of(Weakness.GUESSABLE);
    }
}
