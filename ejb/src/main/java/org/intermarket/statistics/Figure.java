package org.intermarket.statistics;

/** A figure a supervisor can open to see the needs behind it: the fact it counts, narrowed where the figure is a part of it. */
public enum Figure {
    NEEDS_PUBLISHED(Fact.NEEDS, null),
    NEEDS_FAILED(Fact.NEEDS, "n.status = 'FAILED'"),
    TRANSACTIONS(Fact.CONTRACTS, null),
    OVERDUE_DELIVERIES(Fact.OVERDUE, null),
    RECTIFICATIONS(Fact.RECTIFICATIONS, null);

    final Fact fact;
    final String narrowing;

    Figure(Fact fact, String narrowing) {
        this.fact = fact;
        this.narrowing = narrowing;
    }

    String where(StatisticsQuery query) {
        String where = FactFilter.where(fact, query);
        return narrowing == null ? where : where + " AND " + narrowing;
    }

    /** The price behind the figure: the contract's for contract facts, none for a need's. */
    String amount() {
        return fact == Fact.NEEDS ? "CAST(NULL AS NUMERIC(14, 2))" : "c.price";
    }
}
