package org.intermarket.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void theFindingsOfTheAuditAreRefused() {
        for (String weak : new String[] {"12345678", "password", "aaaaaaaa", "        "}) {
            assertEquals(Optional.of(PasswordPolicy.Weakness.TOO_SHORT), PasswordPolicy.weakness(weak), weak);
        }
    }

    @Test
    void longButCommonOrRepetitivePasswordsAreGuessable() {
        for (String weak : new String[] {"password1234", "123456789012", "qwertyuiop12", "passwordpassword", "aaaaaaaaaaaa",
                "            ", "abababababab", "woaini1314520", "correct horse battery staple", "P@ssw0rd2024!"}) {
            assertEquals(Optional.of(PasswordPolicy.Weakness.GUESSABLE), PasswordPolicy.weakness(weak), weak);
        }
    }

    @Test
    void passphrasesOfAnyScriptAndStrongPasswordsPass() {
        for (String strong : new String[] {"海边的灯塔在雨夜里一直亮着", "the quiet ferry leaves at seven", "Kx9#mQ2!vL7p", "Quiet-orchid-7-lantern",
                "ζ-μ-Harbour-58-tide " + "长".repeat(100)}) {
            assertTrue(PasswordPolicy.weakness(strong).isEmpty(), strong);
        }
    }

    @Test
    void lengthIsCountedInCharactersNotInUtf16Units() {
        String twelveEmoji = "🌊🏮🌧️🚢⛵🌙🍵🎋🪁🦀🐚🌾".codePoints().limit(12)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertTrue(PasswordPolicy.weakness(twelveEmoji).filter(w -> w == PasswordPolicy.Weakness.TOO_SHORT).isEmpty());
        assertEquals(Optional.of(PasswordPolicy.Weakness.TOO_LONG), PasswordPolicy.weakness("长".repeat(129)));
        assertTrue(PasswordPolicy.weakness("长".repeat(128)).filter(w -> w == PasswordPolicy.Weakness.TOO_LONG).isEmpty());
    }

    @Test
    void theWorstInputsAreJudgedQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
            for (String crafted : new String[] {"x".repeat(128), "a1".repeat(64), "password".repeat(16), "abcdefghijklmnopqrstuvwxyz".repeat(4)}) {
                PasswordPolicy.weakness(crafted);
            }
        });
    }
}
