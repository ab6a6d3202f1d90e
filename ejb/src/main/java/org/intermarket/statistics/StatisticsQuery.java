package org.intermarket.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.intermarket.shared.ClockProducer;
import org.intermarket.shared.InvalidInputException;

/**
 * Which facts a report counts: the days from {@code from} to {@code to}, both included, in the market's
 * time zone, optionally narrowed to one catalog item and one region, split into rows by {@code groupBy}.
 */
public record StatisticsQuery(LocalDate from, LocalDate to, GroupBy groupBy, String itemCode, String regionCode) {

    /** Ten years of months is 120 rows: enough for any dashboard, small enough for one page. */
    public static final long MAX_DAYS = 3660;

    public StatisticsQuery {
        if (from == null) {
            throw new InvalidInputException("from", "from is required");
        }
        if (to == null) {
            throw new InvalidInputException("to", "to is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "to must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to", "a report covers at most ten years");
        }
        groupBy = groupBy == null ? GroupBy.MONTH : groupBy;
        itemCode = blankToNull(itemCode);
        regionCode = blankToNull(regionCode);
    }

    /** A query whose missing dates default to the twelve calendar months up to {@code today}. */
    public static StatisticsQuery of(LocalDate from, LocalDate to, GroupBy groupBy, String itemCode, String regionCode, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusMonths(11).withDayOfMonth(1) : from;
        return new StatisticsQuery(start, end, groupBy, itemCode, regionCode);
    }

    /** First instant counted: midnight at the start of {@code from}, China Standard Time. */
    OffsetDateTime start() {
        return from.atStartOfDay(ClockProducer.MARKET_ZONE).toOffsetDateTime();
    }

    /** First instant no longer counted: midnight after {@code to}. */
    OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(ClockProducer.MARKET_ZONE).toOffsetDateTime();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
