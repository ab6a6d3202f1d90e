package org.intermarket.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.intermarket.shared.ConflictException;
import org.junit.jupiter.api.Test;

class LowBidTest {

    private static final LowBidRule RULE = new LowBidRule(50, 30, Duration.ofDays(3));
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void theLimitsAreRoundedToTheCentAndABidExactlyAtALimitIsNotBelowIt() {
        LowBidRule.Limits limits = RULE.limits(List.of(money("30000.01"), money("60000.00"), money("61000.00")), money("100000.00"));
        assertEquals(money("25166.67"), limits.meanLimit());
        assertEquals(money("30000.00"), limits.ceilingLimit());
        assertTrue(limits.marks(money("29999.99")));
        assertFalse(limits.marks(money("30000.00")));
        assertFalse(limits.marks(money("30000.01")));
    }

    @Test
    void aTestThatIsOffOrHasNothingToMeasureAgainstMarksNothing() {
        assertNull(RULE.limits(List.of(), money("100000.00")).meanLimit(), "a lone bid has no others to be measured against");
        assertNull(RULE.limits(List.of(money("40000.00")), null).ceilingLimit(), "no ceiling, no ceiling test");
        LowBidRule.Limits off = new LowBidRule(0, 0, Duration.ofDays(1)).limits(List.of(money("40000.00")), money("100000.00"));
        assertFalse(off.marks(money("0.01")));
        assertThrows(IllegalArgumentException.class, () -> new LowBidRule(101, 30, Duration.ofDays(1)));
        assertFalse(LowBidRule.appliesTo(SelectionMethod.DIRECT));
        assertTrue(LowBidRule.appliesTo(SelectionMethod.RANDOM_DRAW));
    }

    @Test
    void aMarkedBidIsExplainedAndDecidedOnceAndSelectionWaitsForIt() throws Exception {
        Need need = closedWith(money("20000.00"), money("60000.00"), money("62000.00"));
        List<LowBid> marks = need.lowBids();
        assertEquals(1, marks.size());
        LowBid mark = marks.get(0);
        assertEquals(NOW.plus(Duration.ofDays(3)), mark.explainBy());
        assertEquals("procurement.low-bids-undecided", assertThrows(ConflictException.class, () -> need.screenLowBids(NOW)).code());
        assertEquals("procurement.low-bid-unexplained",
                assertThrows(ConflictException.class, () -> mark.decide(true, "r", "owner", NOW)).code());
        mark.explain("cost", NOW.plusSeconds(60));
        assertEquals("procurement.low-bid-explained", assertThrows(ConflictException.class, () -> mark.explain("again", NOW)).code());
        assertEquals("procurement.low-bids-undecided",
                assertThrows(ConflictException.class, () -> need.screenLowBids(NOW.plus(Duration.ofDays(4)))).code(),
                "an explanation waits for its decision even after the time to explain");
        mark.decide(false, "no cost breakdown", "owner", NOW.plusSeconds(120));
        assertEquals(List.of(mark.bidId()), need.screenLowBids(NOW.plusSeconds(180)).excludedBidIds());
        mark.overturn(7L, NOW.plusSeconds(240));
        assertEquals(List.of(), need.screenLowBids(NOW.plusSeconds(300)).excludedBidIds(), "an upheld objection puts it back");
        assertEquals(LowBidDecision.REJECTED, mark.decision(), "and the rejection stays on the record");
    }

    @Test
    void anUnexplainedBidLapsesOnlyOnceItsTimeHasPassed() throws Exception {
        Need need = closedWith(money("20000.00"), money("60000.00"), money("62000.00"));
        LowBid mark = need.lowBids().get(0);
        Instant due = mark.explainBy();
        assertThrows(ConflictException.class, () -> need.screenLowBids(due.minusMillis(1)));
        LowBidScreening screening = need.screenLowBids(due);
        assertEquals(List.of(mark), screening.lapsedNow());
        assertEquals(LowBidDecision.LAPSED, mark.decision());
        assertEquals(List.of(), need.screenLowBids(due.plusSeconds(1)).lapsedNow(), "a lapse is recorded once");
        assertEquals("procurement.low-bid-decided", assertThrows(ConflictException.class, () -> mark.explain("late", due)).code(),
                "nor explained afterwards");
    }

    /** A need published under {@link #RULE}, closed at {@link #NOW} with bids of these prices, marked. */
    private static Need closedWith(BigDecimal... prices) throws Exception {
        Need need = NeedTest.need(NOW.minusSeconds(1).plus(Duration.ofDays(3)));
        need.publish(NOW.minusSeconds(1), Duration.ofDays(3), null, null, RULE);
        List<Bid> bids = new ArrayList<>();
        long id = 1;
        for (BigDecimal price : prices) {
            Bid bid = new Bid(need, 100 + id, new Bid.Offer(price, 10, "plan"), null, NOW.minusSeconds(3600));
            set(bid, "id", id++);
            bids.add(bid);
        }
        Instant closing = NOW.minusSeconds(1).plus(Duration.ofDays(3));
        need.close(bids.size(), closing);
        // Marked at NOW for the test's arithmetic: the time is the caller's.
        need.markLowBids(bids, NOW);
        return need;
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
