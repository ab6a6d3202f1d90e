package org.intermarket.it;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid unified social credit codes for test organisations, computed here from GB 32100-2015
 * independently of the application's implementation.
 */
public final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    public static String random(String region) {
        StringBuilder body = new StringBuilder("91").append(region);
        for (int i = 0; i < 9; i++) {
            body.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(10)));
        }
        return body.toString() + check(body.toString());
    }

    public static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The same code with a wrong check character. */
    public static String corrupt(String code) {
        char last = code.charAt(17);
        char other = last == '0' ? '1' : '0';
        return code.substring(0, 17) + other;
    }
}
