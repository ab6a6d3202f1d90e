package org.intermarket.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/** Orders valid bids for the price-based methods. Pure arithmetic on BigDecimal, scale 2. */
public final class Ranking {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Ties go to the higher credit score, then to the bid that came in first. */
    private static final Comparator<Candidate> TIE_BREAK = Comparator.comparing(Candidate::creditScore).reversed()
            .thenComparing(Candidate::firstSubmittedAt)
            .thenComparing(Candidate::bidId);

    private Ranking() {
    }

    /** LOWEST_PRICE: cheapest first. */
    public static List<Candidate> byLowestPrice(List<Candidate> candidates) {
        return candidates.stream().sorted(Comparator.comparing(Candidate::price).thenComparing(TIE_BREAK)).toList();
    }

    /**
     * COMPREHENSIVE_SCORE: price score (lowest price / price × weight) + credit score × weight
     * + plan score × weight, weights in percent; credit and plan scores are out of 100.
     */
    public static BigDecimal comprehensiveScore(Candidate candidate, BigDecimal lowestPrice, NeedTerms.Weights weights) {
        BigDecimal price = lowestPrice.multiply(BigDecimal.valueOf(weights.price())).divide(candidate.price(), 6, RoundingMode.HALF_UP);
        BigDecimal credit = candidate.creditScore().multiply(BigDecimal.valueOf(weights.credit())).divide(HUNDRED, 6, RoundingMode.HALF_UP);
        BigDecimal plan = candidate.planScore().multiply(BigDecimal.valueOf(weights.plan())).divide(HUNDRED, 6, RoundingMode.HALF_UP);
        return price.add(credit).add(plan).setScale(2, RoundingMode.HALF_UP);
    }

    /** Highest total first; ties as for the lowest price. */
    public static List<Scored> byComprehensiveScore(List<Candidate> candidates, NeedTerms.Weights weights) {
        BigDecimal lowest = candidates.stream().map(Candidate::price).min(Comparator.naturalOrder()).orElseThrow();
        return candidates.stream()
                .map(candidate -> new Scored(candidate, comprehensiveScore(candidate, lowest, weights)))
                .sorted(Comparator.comparing(Scored::total).reversed().thenComparing(Scored::candidate, TIE_BREAK))
                .toList();
    }

    /** A candidate with its comprehensive score. */
    public record Scored(Candidate candidate, BigDecimal total) {
    }
}
