package org.intermarket.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    private static Candidate bid(long id, String price, String credit, long secondsAfter, String plan) {
        return new Candidate(id, 100 + id, new BigDecimal(price), new BigDecimal(credit), T0.plusSeconds(secondsAfter),
                plan == null ? null : new BigDecimal(plan));
    }

    @Test
    void theLowestPriceWinsAndTiesGoToCreditThenToTheEarlierBid() {
        List<Candidate> ranked = Ranking.byLowestPrice(List.of(
                bid(1, "50000.00", "80.00", 0, null),
                bid(2, "48000.00", "70.00", 30, null),
                bid(3, "48000.00", "85.00", 60, null),
                bid(4, "48000.00", "85.00", 10, null)));
        assertEquals(List.of(4L, 3L, 2L, 1L), ranked.stream().map(Candidate::bidId).toList());
    }

    @Test
    void theComprehensiveScoreAddsWeightedPriceCreditAndPlan() {
        NeedTerms.Weights weights = new NeedTerms.Weights(50, 20, 30);
        // lowest 40000: price 40000/50000*50 = 40; credit 90*0.2 = 18; plan 80*0.3 = 24 → 82.00
        assertEquals(new BigDecimal("82.00"),
                Ranking.comprehensiveScore(bid(1, "50000.00", "90.00", 0, "80"), new BigDecimal("40000.00"), weights));
        List<Ranking.Scored> ranked = Ranking.byComprehensiveScore(List.of(
                bid(1, "50000.00", "90.00", 0, "80"),     // 82.00
                bid(2, "40000.00", "80.00", 0, "60"),     // 50 + 16 + 18 = 84.00
                bid(3, "45000.00", "95.00", 0, "95")),    // 44.44 + 19 + 28.5 = 91.94
                weights);
        assertEquals(List.of(3L, 2L, 1L), ranked.stream().map(s -> s.candidate().bidId()).toList());
        assertEquals(new BigDecimal("91.94"), ranked.get(0).total());
    }
}
