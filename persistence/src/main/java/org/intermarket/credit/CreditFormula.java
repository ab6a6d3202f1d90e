package org.intermarket.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The credit score exactly as DOMAIN.md defines it:
 * 80 + (owner rating mean − 3) × 5 + (supervisor rating − 80) / 4 + min(rewards, 5) − violations,
 * clamped to 0..100 and kept to two decimals (half up). Terms are computed at four decimals
 * so only the final score is rounded.
 */
public final class CreditFormula {

    public static final BigDecimal BASE = BigDecimal.valueOf(80);
    public static final int REWARD_CAP = 5;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int TERM_SCALE = 4;

    private CreditFormula() {
    }

    public static CreditScore score(CreditInputs inputs) {
        BigDecimal ownerTerm = ownerTerm(inputs);
        BigDecimal supervisorTerm = inputs.supervisorScore() == null ? BigDecimal.ZERO
                : inputs.supervisorScore().subtract(BASE).divide(BigDecimal.valueOf(4), TERM_SCALE, RoundingMode.HALF_UP);
        int rewards = Math.min(inputs.rewardPoints(), REWARD_CAP);
        BigDecimal raw = BASE.add(ownerTerm).add(supervisorTerm).add(BigDecimal.valueOf(rewards))
                .subtract(BigDecimal.valueOf(inputs.violationPoints()));
        BigDecimal score = raw.max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        return new CreditScore(score, CreditLevel.of(score), ownerTerm.setScale(2, RoundingMode.HALF_UP),
                supervisorTerm.setScale(2, RoundingMode.HALF_UP), rewards, inputs.violationPoints());
    }

    /** (mean − 3) × 5 with mean = sum / (4 × count): exactly (5 × sum − 60 × count) / (4 × count). */
    private static BigDecimal ownerTerm(CreditInputs inputs) {
        if (inputs.ratingCount() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal numerator = BigDecimal.valueOf(5 * inputs.ratingPointSum() - 60 * inputs.ratingCount());
        return numerator.divide(BigDecimal.valueOf(4 * inputs.ratingCount()), TERM_SCALE, RoundingMode.HALF_UP);
    }

    /** A score and the terms that made it, for the history. */
    public record CreditScore(BigDecimal score, CreditLevel level, BigDecimal ownerTerm, BigDecimal supervisorTerm, int rewardPoints,
                              int violationPoints) {
    }
}
