package org.intermarket.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.intermarket.registry.Jurisdiction;
import org.intermarket.registry.Offices;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;
import org.intermarket.supervision.Signal.Review;

/**
 * The signals of undue influence (红顶中介, 指定中介) for supervisors, computed on read from the registry and the awards
 * like the bid-rigging signals ({@link InfluenceSql} has the rules), each office seeing those its jurisdiction covers,
 * and reviewed like them ({@link SignalReviews}). A signal outside the caller's jurisdiction is not found (404).
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class InfluenceSignals {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Offices offices;

    @Inject
    private SignalReviews reviews;

    /** RED_HAT signals in the caller's jurisdiction, newest agency first, paged by the database. */
    public Page<RedHatSignal> redHats(Long agencyId, Boolean reviewed, @NotNull PageRequest page) {
        Jurisdiction jurisdiction = offices.jurisdiction();
        List<RedHatSignal> rows = redHatRows(jurisdiction, agencyId, null, reviewed, page.size(), page.offset());
        if (rows.isEmpty() && page.page() == 0) {
            return new Page<>(rows, 0, page.size(), 0);
        }
        Query count = em.createNativeQuery(InfluenceSql.redHat(jurisdiction, agencyId != null, false, reviewed, true));
        if (agencyId != null) {
            count.setParameter("agency", agencyId);
        }
        return new Page<>(rows, page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }

    /**
     * STEERING signals in the caller's jurisdiction, the least likely by chance first. The database counts the awards
     * and keeps the owners, items and agencies the test can apply to; the binomial tail is computed here, so the page
     * is cut from the signals that pass it (as many as there are owner, item and agency triples that won more than
     * their share of at least five awards: the work of a few owners, not of the market).
     */
    public Page<SteeringSignal> steering(Long ownerId, Long agencyId, String itemCode, Boolean reviewed, @NotNull PageRequest page) {
        List<SteeringSignal> all = steeringSignals(offices.jurisdiction(), ownerId, agencyId, itemCode, reviewed);
        int from = Math.min(page.offset(), all.size());
        List<SteeringSignal> shown = all.subList(from, Math.min(from + page.size(), all.size()));
        return new Page<>(withReviews(shown), page.page(), page.size(), all.size());
    }

    /** The signal under this key, if the caller's jurisdiction covers it and the stored facts raise it now. */
    public Optional<InfluenceSignal> find(@NotNull String key) {
        Matcher redHat = InfluenceKeys.RED_HAT.matcher(key);
        if (redHat.matches()) {
            return redHatRows(offices.jurisdiction(), Long.valueOf(redHat.group(1)), Long.valueOf(redHat.group(2)), null, 1, 0).stream()
                    .map(InfluenceSignal.class::cast).findFirst();
        }
        Matcher steering = InfluenceKeys.STEERING.matcher(key);
        if (steering.matches()) {
            List<SteeringSignal> found = steeringSignals(offices.jurisdiction(), Long.valueOf(steering.group(1)), Long.valueOf(steering.group(2)),
                    steering.group(3), null);
            return withReviews(found).stream().map(InfluenceSignal.class::cast).findFirst();
        }
        return Optional.empty();
    }

    /**
     * Marks the signal of this kind reviewed with the supervisor's comment, once; audited under the signal's key. A key
     * of another kind names no signal of this one (404).
     */
    public InfluenceSignal review(@NotNull SignalKind kind, @NotNull String key, String comment) {
        String text = SignalReviews.comment(comment);
        InfluenceSignal signal = find(key).filter(found -> found.kind() == kind).orElseThrow(() -> new NotFoundException(kind + " signal", key));
        Review review = reviews.record(key, signal.kind(), signal.review(), text, signal.summary());
        return signal instanceof RedHatSignal redHat ? redHat.reviewedAs(review) : ((SteeringSignal) signal).reviewedAs(review);
    }

    private List<RedHatSignal> redHatRows(Jurisdiction jurisdiction, Long agencyId, Long officeId, Boolean reviewed, int limit, int offset) {
        Query query = em.createNativeQuery(InfluenceSql.redHat(jurisdiction, agencyId != null, officeId != null, reviewed, false));
        if (agencyId != null) {
            query.setParameter("agency", agencyId);
        }
        if (officeId != null) {
            query.setParameter("office", officeId);
        }
        query.setParameter("limit", limit).setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Review> reviewedByKey = reviews.of(rows.stream().map(row -> (String) row[0]).toList());
        List<RedHatSignal> signals = new ArrayList<>();
        for (Object[] row : rows) {
            String key = (String) row[0];
            signals.add(new RedHatSignal(key, id(row[1]), (String) row[2], (String) row[3], (String) row[4], id(row[5]), (String) row[6],
                    (String) row[7], (String) row[8], number(row[9]) == 1, number(row[10]) == 1, reviewedByKey.get(key)));
        }
        return signals;
    }

    /** The signals that pass the test, without their reviews, the strongest first. */
    private List<SteeringSignal> steeringSignals(Jurisdiction jurisdiction, Long ownerId, Long agencyId, String itemCode, Boolean reviewed) {
        Query query = em.createNativeQuery(InfluenceSql.steeringCandidates(jurisdiction, ownerId != null, agencyId != null, itemCode != null,
                reviewed));
        if (ownerId != null) {
            query.setParameter("owner", ownerId);
        }
        if (agencyId != null) {
            query.setParameter("agency", agencyId);
        }
        if (itemCode != null) {
            query.setParameter("item", itemCode);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<SteeringSignal> signals = new ArrayList<>();
        for (Object[] row : rows) {
            long won = number(row[6]);
            long awarded = number(row[7]);
            long wonInMarket = number(row[8]);
            long awardsInMarket = number(row[9]);
            if (Steering.steered(won, awarded, wonInMarket, awardsInMarket)) {
                signals.add(new SteeringSignal(((String) row[0]).trim(), id(row[1]), (String) row[2], ((String) row[3]).trim(), id(row[4]),
                        (String) row[5], won, awarded, wonInMarket, awardsInMarket,
                        Steering.tailAtLeast(won, awarded, (double) wonInMarket / awardsInMarket), null));
            }
        }
        signals.sort(Comparator.comparingDouble(SteeringSignal::tail).thenComparing(SteeringSignal::key));
        return signals;
    }

    private List<SteeringSignal> withReviews(List<SteeringSignal> signals) {
        Map<String, Review> reviewed = reviews.of(signals.stream().map(SteeringSignal::key).toList());
        return signals.stream().map(s -> reviewed.containsKey(s.key()) ? s.reviewedAs(reviewed.get(s.key())) : s).toList();
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
