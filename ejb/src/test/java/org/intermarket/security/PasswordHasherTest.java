package org.intermarket.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Few iterations keep the test fast; the stored form carries its own count. */
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String stored = hasher.hash("correct horse".toCharArray());
        assertTrue(hasher.verify("correct horse".toCharArray(), stored));
        assertFalse(hasher.verify("correct horsE".toCharArray(), stored));
    }

    @Test
    void eachHashHasItsOwnSaltAndNamesItsParameters() {
        String a = hasher.hash("same password".toCharArray());
        String b = hasher.hash("same password".toCharArray());
        assertNotEquals(a, b);
        String[] parts = a.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
    }

    @Test
    void theProductionCostIsAtLeast600000Iterations() {
        assertTrue(PasswordHasher.ITERATIONS >= 600_000);
        String stored = new PasswordHasher().hash("x".toCharArray());
        assertEquals(String.valueOf(PasswordHasher.ITERATIONS), stored.split("\\$")[1]);
    }

    @Test
    void aForeignOrDamagedHashNeverVerifies() {
        assertFalse(hasher.verify("x".toCharArray(), "plain-text"));
        assertFalse(hasher.verify("x".toCharArray(), "md5$1$abc$def"));
    }
}
