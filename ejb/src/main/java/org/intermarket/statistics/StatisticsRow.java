package org.intermarket.statistics;

/**
 * One row of a report: its key ("2024-03", "2024-Q1", "2024", an item code or a region code), the key's
 * name in both languages, and its figures.
 */
public record StatisticsRow(String key, String labelZh, String labelEn, Figures figures) {
}
