package org.intermarket.credit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The inputs of the credit formula for one agency or all of them, aggregated in the database: a
 * handful of GROUP BY queries whatever the number of agencies and ratings.
 */
@Stateless
@PermitAll
public class CreditInputsQuery {

    @PersistenceContext
    private EntityManager em;

    /**
     * Inputs per agency id for {@code agencyId}, or for every agency with any input when it is null: every input
     * recorded in the window's 365 days up to {@code now}, and every committed one stamped after {@code now}. Inputs are
     * stamped when they are recorded, so one stamped "later" was recorded by a node whose clock runs ahead of this
     * one's (or before this one's clock was set back); it has happened, and a recompute that waited for its lock
     * must count it, or the score it writes would leave it out until the night's recompute.
     */
    public Map<Long, Inputs> inputs(Long agencyId, Instant now) {
        Instant start = CreditWindow.start(now);
        Map<Long, Tally> ratingsInWindow = ratings(agencyId, start);
        Map<Long, Tally> ratingsEver = ratings(agencyId, Instant.EPOCH);
        Map<Long, BigDecimal> supervisor = latestSupervisorScores(agencyId, start);
        Map<Long, Integer> rewards = sums("SELECT x.agencyId, SUM(x.points) FROM Reward x WHERE x.recordedAt >= :start",
                agencyId, start);
        Map<Long, Integer> violations = violationPoints(agencyId, start);

        Map<Long, Inputs> result = new HashMap<>();
        for (Long id : union(ratingsEver.keySet(), supervisor.keySet(), rewards.keySet(), violations.keySet())) {
            Tally window = ratingsInWindow.getOrDefault(id, Tally.NONE);
            Tally ever = ratingsEver.getOrDefault(id, Tally.NONE);
            CreditInputs credit = new CreditInputs(window.count(), window.pointSum(), supervisor.get(id), rewards.getOrDefault(id, 0),
                    violations.getOrDefault(id, 0));
            result.put(id, new Inputs(credit, (int) ever.count(), ever.mean()));
        }
        return result;
    }

    private Map<Long, Tally> ratings(Long agencyId, Instant start) {
        TypedQuery<Object[]> query = em.createQuery("SELECT r.agencyId, COUNT(r), SUM(r.quality + r.timeliness + r.attitude + r.fee)"
                + " FROM Rating r WHERE r.ratedAt >= :start" + forAgency(agencyId, "r") + " GROUP BY r.agencyId",
                Object[].class);
        Map<Long, Tally> tallies = new HashMap<>();
        for (Object[] row : bind(query, agencyId, start).getResultList()) {
            tallies.put((Long) row[0], new Tally(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return tallies;
    }

    private Map<Long, BigDecimal> latestSupervisorScores(Long agencyId, Instant start) {
        TypedQuery<Object[]> query = em.createQuery("SELECT s.agencyId, s.score FROM SupervisorRating s"
                + " WHERE s.recordedAt >= :start" + forAgency(agencyId, "s")
                + " ORDER BY s.agencyId, s.recordedAt DESC, s.id DESC", Object[].class);
        Map<Long, BigDecimal> latest = new HashMap<>();
        for (Object[] row : bind(query, agencyId, start).getResultList()) {
            latest.putIfAbsent((Long) row[0], (BigDecimal) row[1]);
        }
        return latest;
    }

    private Map<Long, Integer> violationPoints(Long agencyId, Instant start) {
        TypedQuery<Object[]> query = em.createQuery("SELECT v.agencyId, v.severity, COUNT(v) FROM Violation v"
                + " WHERE v.recordedAt >= :start" + forAgency(agencyId, "v") + " GROUP BY v.agencyId, v.severity",
                Object[].class);
        Map<Long, Integer> points = new HashMap<>();
        for (Object[] row : bind(query, agencyId, start).getResultList()) {
            int cost = ((Severity) row[1]).points() * ((Number) row[2]).intValue();
            points.merge((Long) row[0], cost, Integer::sum);
        }
        return points;
    }

    private Map<Long, Integer> sums(String select, Long agencyId, Instant start) {
        TypedQuery<Object[]> query = em.createQuery(select + forAgency(agencyId, "x") + " GROUP BY x.agencyId", Object[].class);
        Map<Long, Integer> sums = new HashMap<>();
        for (Object[] row : bind(query, agencyId, start).getResultList()) {
            sums.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return sums;
    }

    private static String forAgency(Long agencyId, String alias) {
        return agencyId == null ? "" : " AND " + alias + ".agencyId = :agency";
    }

    private static TypedQuery<Object[]> bind(TypedQuery<Object[]> query, Long agencyId, Instant start) {
        query.setParameter("start", start);
        return agencyId == null ? query : query.setParameter("agency", agencyId);
    }

    @SafeVarargs
    private static Set<Long> union(Set<Long>... sets) {
        Set<Long> all = new HashSet<>();
        for (Set<Long> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    /** The formula's inputs, and the all-time rating figures the directory shows. */
    public record Inputs(CreditInputs credit, int ratingCount, BigDecimal ratingMean) {

        public static final Inputs NONE = new Inputs(CreditInputs.NONE, 0, null);
    }

    private record Tally(long count, long pointSum) {

        static final Tally NONE = new Tally(0, 0);

        BigDecimal mean() {
            return count == 0 ? null : BigDecimal.valueOf(pointSum).divide(BigDecimal.valueOf(4 * count), 2, RoundingMode.HALF_UP);
        }
    }
}
