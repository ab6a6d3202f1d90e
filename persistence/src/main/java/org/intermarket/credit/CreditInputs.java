package org.intermarket.credit;

import java.math.BigDecimal;

/**
 * What an agency's score is made of, each already limited to the 365-day window.
 *
 * @param ratingCount      owner ratings (default ones included)
 * @param ratingPointSum   the sum of all four dimensions over those ratings, so the mean is exact
 * @param supervisorScore  the latest supervisor rating, or null without one
 * @param rewardPoints     the sum of rewards, before the +5 cap
 * @param violationPoints  the sum of the violations' points
 */
public record CreditInputs(long ratingCount, long ratingPointSum, BigDecimal supervisorScore, int rewardPoints, int violationPoints) {

    public static final CreditInputs NONE = new CreditInputs(0, 0, null, 0, 0);
}
