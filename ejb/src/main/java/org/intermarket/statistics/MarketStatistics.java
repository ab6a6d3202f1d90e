package org.intermarket.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public market statistics of DOMAIN.md, counted by the database: five aggregate queries per
 * split (one per kind of fact), run once grouped and once for the total, whatever the number of rows.
 * Distinct counts (owners, agencies) do not add up across rows, hence the total's own queries.
 */
@Stateless
@PermitAll
public class MarketStatistics {

    @PersistenceContext
    private EntityManager em;

    public StatisticsReport report(@NotNull StatisticsQuery query) {
        Map<String, Figures.Builder> rows = new TreeMap<>();
        for (Fact fact : Fact.values()) {
            for (Object[] row : aggregate(fact, query, query.groupBy())) {
                add(fact, rows.computeIfAbsent(key(query.groupBy(), row[0]), k -> new Figures.Builder()), row);
            }
        }
        Figures.Builder total = new Figures.Builder();
        for (Fact fact : Fact.values()) {
            for (Object[] row : aggregate(fact, query, null)) {
                add(fact, total, row);
            }
        }
        return new StatisticsReport(query, labelled(query, rows), total.build());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> aggregate(Fact fact, StatisticsQuery query, GroupBy groupBy) {
        boolean byItem = groupBy == GroupBy.ITEM || query.itemCode() != null;
        String key = groupBy == null ? "0" : fact.key(groupBy);
        StringBuilder sql = new StringBuilder("SELECT ").append(key).append(", ").append(fact.measures)
                .append(" FROM ").append(fact.from(byItem))
                .append(" WHERE ").append(FactFilter.where(fact, query));
        if (groupBy != null) {
            sql.append(" GROUP BY ").append(key);
        }
        Query q = em.createNativeQuery(sql.toString());
        FactFilter.bind(q, fact, query);
        return q.getResultList();
    }

    private static void add(Fact fact, Figures.Builder figures, Object[] row) {
        switch (fact) {
            case AGENCIES -> figures.agencies = count(row[1]);
            case NEEDS -> {
                figures.needsPublished = count(row[1]);
                figures.owners = count(row[2]);
                figures.needsClosed = count(row[3]);
                figures.bids = count(row[4]);
                figures.needsFailed = count(row[5]);
            }
            case CONTRACTS -> {
                figures.transactions = count(row[1]);
                figures.contractValue = row[2] == null ? BigDecimal.ZERO : decimal(row[2]);
                figures.pricesUnderCeiling = decimal(row[3]);
                figures.ceilings = decimal(row[4]);
                figures.secondsToContract = decimal(row[5]);
            }
            case OVERDUE -> figures.overdueDeliveries = count(row[1]);
            case RECTIFICATIONS -> figures.rectifications = count(row[1]);
        }
    }

    /** Rows in key order, with every period of the range present so that charts keep a steady time axis. */
    private List<StatisticsRow> labelled(StatisticsQuery query, Map<String, Figures.Builder> found) {
        List<StatisticsRow> rows = new ArrayList<>();
        if (query.groupBy().isPeriod()) {
            for (String period : periods(query)) {
                Figures.Builder figures = found.getOrDefault(period, new Figures.Builder());
                rows.add(new StatisticsRow(period, period, period, figures.build()));
            }
            return rows;
        }
        Map<String, String[]> names = names(query.groupBy(), found.keySet());
        found.forEach((code, figures) -> {
            String[] name = names.getOrDefault(code, new String[] {code, code});
            rows.add(new StatisticsRow(code, name[0], name[1], figures.build()));
        });
        return rows;
    }

    private static Set<String> periods(StatisticsQuery query) {
        Set<String> periods = new LinkedHashSet<>();
        for (YearMonth m = YearMonth.from(query.from()); !m.isAfter(YearMonth.from(query.to())); m = m.plusMonths(1)) {
            periods.add(periodKey(query.groupBy(), m));
        }
        return periods;
    }

    /** The key of the period a month falls in: "2024-03", "2024-Q1" or "2024". */
    private static String periodKey(GroupBy groupBy, YearMonth month) {
        return switch (groupBy) {
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            default -> String.valueOf(month.getYear());
        };
    }

    /** Names of the item or region codes found, read in one query. */
    private Map<String, String[]> names(GroupBy groupBy, Set<String> codes) {
        Map<String, String[]> names = new TreeMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        String jpql = groupBy == GroupBy.ITEM
                ? "SELECT i.code, i.details.nameZh, i.details.nameEn FROM ServiceItem i WHERE i.code IN :codes AND i.latest = true"
                : "SELECT r.code, r.nameZh, r.nameEn FROM Region r WHERE r.code IN :codes";
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("codes", codes).getResultList()) {
            names.put(row[0].toString().trim(), new String[] {(String) row[1], (String) row[2]});
        }
        return names;
    }

    /** A row's key from the SQL group key of {@link Fact#key}: 202403, 20241 (a quarter), 2024, or a code. */
    private static String key(GroupBy groupBy, Object raw) {
        if (!groupBy.isPeriod()) {
            return raw.toString().trim();
        }
        int number = ((Number) raw).intValue();
        YearMonth first = switch (groupBy) {
            case MONTH -> YearMonth.of(number / 100, number % 100);
            case QUARTER -> YearMonth.of(number / 10, (number % 10 - 1) * 3 + 1);
            default -> YearMonth.of(number, 1);
        };
        return periodKey(groupBy, first);
    }

    private static long count(Object raw) {
        return raw == null ? 0 : ((Number) raw).longValue();
    }

    private static BigDecimal decimal(Object raw) {
        return raw == null ? null : new BigDecimal(raw.toString());
    }
}
