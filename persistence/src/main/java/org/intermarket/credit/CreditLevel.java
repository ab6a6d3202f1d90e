package org.intermarket.credit;

import java.math.BigDecimal;

/** The letter an agency's credit score earns (DOMAIN.md "Credit"): A ≥ 90, B ≥ 80, C ≥ 60, D below. */
public enum CreditLevel {
    A, B, C, D;

    private static final BigDecimal NINETY = BigDecimal.valueOf(90);
    private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    public static CreditLevel of(BigDecimal score) {
        if (score.compareTo(NINETY) >= 0) {
            return A;
        }
        if (score.compareTo(EIGHTY) >= 0) {
            return B;
        }
        return score.compareTo(SIXTY) >= 0 ? C : D;
    }
}
