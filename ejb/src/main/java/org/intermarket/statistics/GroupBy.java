package org.intermarket.statistics;

/** How a statistics report is split into rows: by calendar period in the market's zone, by catalog item or by region. */
public enum GroupBy {
    MONTH, QUARTER, YEAR, ITEM, REGION;

    public boolean isPeriod() {
        return this == MONTH || this == QUARTER || this == YEAR;
    }
}
