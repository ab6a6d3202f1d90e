package org.intermarket.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.intermarket.shared.ConflictException;
import org.junit.jupiter.api.Test;

class NeedTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final Duration THREE_DAYS = Duration.ofDays(3);

    private static Need need(Instant deadline) {
        Project project = new Project(1L, "p", "2026-330100-48-01-000001", "杭州", new BigDecimal("1.00"), NOW);
        return Need.draft(project, new NeedTerms("ZJFW-003", "scope", 10, new BigDecimal("1000.00"), null, SelectionMethod.LOWEST_PRICE,
                null, deadline, "c"), NOW);
    }

    @Test
    void theDeadlineMustLeaveTheMinimumBiddingPeriod() {
        assertThrows(ConflictException.class, () -> need(NOW.plus(THREE_DAYS).minusSeconds(1)).publish(NOW, THREE_DAYS, null, null));
        Need need = need(NOW.plus(THREE_DAYS));
        need.publish(NOW, THREE_DAYS, null, null);
        assertEquals(NeedStatus.PUBLISHED, need.status());
    }

    @Test
    void bidsAreInTimeStrictlyBeforeTheDeadlineAndClosingHappensOnce() {
        Instant deadline = NOW.plus(THREE_DAYS);
        Need need = need(deadline);
        need.publish(NOW, THREE_DAYS, null, null);
        assertTrue(need.openForBidsAt(deadline.minusNanos(1000)));
        assertFalse(need.openForBidsAt(deadline), "a bid at the deadline itself is late");
        assertFalse(need.close(3, deadline.minusSeconds(1)), "a timer that fires early does nothing");
        assertTrue(need.close(3, deadline));
        assertFalse(need.close(3, deadline.plusSeconds(60)), "nor does one that fires twice");
        assertEquals(NeedStatus.BIDDING_CLOSED, need.status());
    }

    @Test
    void tooFewBidsFailTheRoundAndObjectionsCloseWithTheNotice() {
        Instant deadline = NOW.plus(THREE_DAYS);
        Need failed = need(deadline);
        failed.publish(NOW, THREE_DAYS, null, null);
        failed.close(2, deadline);
        assertEquals(NeedStatus.FAILED, failed.status());
        assertEquals(1, failed.failedRounds());

        Need awarded = need(deadline);
        awarded.publish(NOW, THREE_DAYS, null, null);
        awarded.close(3, deadline);
        awarded.award(7L, deadline.plusSeconds(10), THREE_DAYS);
        assertTrue(awarded.openForObjectionsAt(deadline.plus(THREE_DAYS)));
        assertFalse(awarded.openForObjectionsAt(deadline.plusSeconds(10).plus(THREE_DAYS)));
        awarded.annulAward("upheld");
        assertEquals(NeedStatus.BIDDING_CLOSED, awarded.status());
    }
}
