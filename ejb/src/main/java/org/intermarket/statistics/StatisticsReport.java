package org.intermarket.statistics;

import java.util.List;

/** A report: its rows in key order (every period of the range, even empty ones) and the total over the whole query. */
public record StatisticsReport(StatisticsQuery query, List<StatisticsRow> rows, Figures total) {
}
