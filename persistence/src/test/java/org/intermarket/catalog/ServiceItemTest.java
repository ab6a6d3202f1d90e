package org.intermarket.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.intermarket.shared.ConflictException;
import org.junit.jupiter.api.Test;

class ServiceItemTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    private static ItemDetails details(int days) {
        return new ItemDetails("环境影响评价", "EIA", "依据", "生态环境部门", null, days, FeeBasis.MARKET, true);
    }

    @Test
    void aRevisionClosesTheCurrentVersionOnTheDayOfTheChange() {
        ServiceItem first = ServiceItem.create("EIA", details(30), START, NOW, "supervisor");
        LocalDate change = LocalDate.of(2026, 3, 1);
        ServiceItem second = first.revise(details(20), change, NOW, "supervisor");

        assertFalse(first.latest());
        assertEquals(change, first.effectiveTo());
        assertTrue(second.latest());
        assertEquals(2, second.version());
        assertEquals(change, second.effectiveFrom());
        assertNull(second.effectiveTo());
        assertTrue(first.isInForceOn(change.minusDays(1)) && !first.isInForceOn(change));
        assertTrue(second.isInForceOn(change) && !second.isInForceOn(change.minusDays(1)));
    }

    @Test
    void aRevisionOfAnItemNotYetInForceStartsWhenItWouldHaveStarted() {
        LocalDate future = LocalDate.of(2026, 6, 1);
        ServiceItem first = ServiceItem.create("EIA", details(30), future, NOW, "supervisor");
        ServiceItem second = first.revise(details(20), LocalDate.of(2026, 3, 1), NOW, "supervisor");
        assertEquals(future, second.effectiveFrom());
    }

    @Test
    void aRetiredItemLeavesTheListAndCannotChange() {
        ServiceItem item = ServiceItem.create("EIA", details(30), START, NOW, "supervisor");
        LocalDate retirement = LocalDate.of(2026, 4, 1);
        item.retire(retirement, NOW, "supervisor");
        assertEquals(ItemStatus.RETIRED, item.status());
        assertTrue(item.isInForceOn(retirement.minusDays(1)));
        assertFalse(item.isInForceOn(retirement));
        assertThrows(ConflictException.class, () -> item.revise(details(10), retirement, NOW, "supervisor"));
        assertThrows(ConflictException.class, () -> item.retire(retirement, NOW, "supervisor"));
    }

    @Test
    void detailsRefuseANonPositiveTimeLimitAndBlankQualification() {
        assertThrows(IllegalArgumentException.class, () -> details(0));
        assertNull(new ItemDetails("a", "b", "c", "d", "  ", 5, FeeBasis.GOVERNMENT, false).qualificationType());
    }
}
