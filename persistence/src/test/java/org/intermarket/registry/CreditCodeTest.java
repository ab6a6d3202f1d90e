package org.intermarket.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    /** Check characters worked out by hand from GB 32100-2015 (weights 3^i mod 31). */
    @Test
    void knownCodesHaveTheCheckCharacterTheStandardGives() {
        String body = "91330100000000001";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Character.digit(body.charAt(i), 10) * weights[i];
        }
        char expected = "0123456789ABCDEFGHJKLMNPQRTUWXY".charAt((31 - sum % 31) % 31);
        assertEquals(expected, CreditCode.checkCharacter(body));
        assertTrue(CreditCode.isValid(body + expected));
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        String body = "91330100MA2B3C4D5";
        char check = CreditCode.checkCharacter(body);
        char wrong = check == '0' ? '1' : '0';
        assertTrue(CreditCode.isValid(body + check));
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> CreditCode.of(body + wrong));
        assertTrue(failure.getMessage().contains("check character"));
    }

    @Test
    void lengthAlphabetAndRegionDigitsAreChecked() {
        assertFalse(CreditCode.isValid("91330100MA2B3C4D"));
        assertFalse(CreditCode.isValid(null));
        String withI = "91330100MA2B3C4DI";
        assertFalse(CreditCode.isValid(withI + CreditCode.checkCharacter("91330100MA2B3C4D5")), "I is not in the alphabet");
        String letterInRegion = "9133A100MA2B3C4D5";
        assertFalse(CreditCode.isValid(letterInRegion + CreditCode.checkCharacter(letterInRegion)));
    }

    @Test
    void lowerCaseAndSurroundingSpacesAreNormalised() {
        String body = "91330100MA2B3C4D5";
        String code = body + CreditCode.checkCharacter(body);
        assertEquals(code, CreditCode.of("  " + code.toLowerCase() + " ").value());
    }
}
