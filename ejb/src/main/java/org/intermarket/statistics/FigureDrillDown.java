package org.intermarket.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.intermarket.registry.Offices;
import org.intermarket.shared.ClockProducer;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;

/**
 * For supervisors: the needs behind a figure of a report, read with the figure's own filter so that the
 * list's total is the figure. Pages for the screen; a stream for exports, which never holds the list. A supervisor
 * opens only the needs in its office's jurisdiction: for an office below the province the list is its share of the
 * public figure, which stays the whole market's.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class FigureDrillDown {

    /** Rows fetched from the database at a time while an export streams. */
    private static final int FETCH_SIZE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Offices offices;

    public Page<NeedBehindFigure> needs(@NotNull Figure figure, @NotNull StatisticsQuery query, @NotNull PageRequest page) {
        Query rows = em.createNativeQuery(select(figure, query, inJurisdiction()) + " ORDER BY 9 DESC, 1 DESC");
        FactFilter.bind(rows, figure.fact, query);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(found.stream().map(FigureDrillDown::row).toList(), page.page(), page.size(), count(figure, query));
    }

    /** How many rows are behind a figure: the figure itself. */
    private long count(@NotNull Figure figure, @NotNull StatisticsQuery query) {
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM " + figure.fact.from(query.itemCode() != null)
                + " WHERE " + figure.where(query) + " AND (" + inJurisdiction() + ")");
        FactFilter.bind(count, figure.fact, query);
        return ((Number) count.getSingleResult()).longValue();
    }

    /**
     * Hands every row behind a figure to {@code sink}, oldest first, as the database returns them:
     * scalar rows only, so the persistence context stays empty however long the list.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void each(@NotNull Figure figure, @NotNull StatisticsQuery query, @NotNull Consumer<NeedBehindFigure> sink) {
        Query rows = em.createNativeQuery(select(figure, query, inJurisdiction()) + " ORDER BY 9, 1")
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true);
        FactFilter.bind(rows, figure.fact, query);
        @SuppressWarnings("unchecked")
        Stream<Object[]> stream = rows.getResultStream();
        try (stream) {
            stream.map(FigureDrillDown::row).forEach(sink);
        }
    }

    private static String select(Figure figure, StatisticsQuery query, String jurisdiction) {
        return "SELECT n.id, n.item_code, p.name, o.name, o.region_code, n.status, n.published_at, n.ceiling_price, "
                + figure.fact.moment + ", " + figure.amount()
                + " FROM " + figure.fact.from(query.itemCode() != null) + " WHERE " + figure.where(query) + " AND (" + jurisdiction + ")";
    }

    /** The caller's jurisdiction over the need {@code n} of project {@code p} that every figure's rows reach. */
    private String inJurisdiction() {
        return offices.jurisdiction().needsSql("p.owner_organisation_id", "n.item_code");
    }

    private static NeedBehindFigure row(Object[] r) {
        return new NeedBehindFigure(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], r[4].toString().trim(),
                (String) r[5], instant(r[6]), (BigDecimal) r[7], instant(r[8]), (BigDecimal) r[9]);
    }

    /** Timestamps arrive as the driver likes (OffsetDateTime, Instant); a DATE column is the start of its market day. */
    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().atStartOfDay(ClockProducer.MARKET_ZONE).toInstant();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(ClockProducer.MARKET_ZONE).toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return Instant.from((TemporalAccessor) value);
    }
}
