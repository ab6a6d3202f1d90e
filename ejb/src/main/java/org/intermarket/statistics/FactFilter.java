package org.intermarket.statistics;

import jakarta.persistence.Query;

/** The WHERE clause a query's filters put on a fact, shared by the figures and the drill-down so that both count the same rows. */
final class FactFilter {

    private FactFilter() {
    }

    static String where(Fact fact, StatisticsQuery query) {
        StringBuilder where = new StringBuilder(fact.condition)
                .append(" AND ").append(fact.moment).append(" >= :start AND ").append(fact.moment).append(" < :end");
        if (query.itemCode() != null) {
            where.append(" AND ").append(fact.item).append(" = :item");
        }
        if (query.regionCode() != null) {
            where.append(" AND ").append(fact.region()).append(" = :region");
        }
        return where.toString();
    }

    static void bind(Query q, Fact fact, StatisticsQuery query) {
        if (fact.momentIsDate) {
            q.setParameter("start", query.from()).setParameter("end", query.to().plusDays(1));
        } else {
            q.setParameter("start", query.start()).setParameter("end", query.end());
        }
        if (query.itemCode() != null) {
            q.setParameter("item", query.itemCode());
        }
        if (query.regionCode() != null) {
            q.setParameter("region", query.regionCode());
        }
    }
}
