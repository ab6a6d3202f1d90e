package org.intermarket.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.intermarket.registry.Jurisdiction;
import org.intermarket.registry.Offices;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;
import org.intermarket.supervision.Signal.AgencyRef;
import org.intermarket.supervision.Signal.BidRef;
import org.intermarket.supervision.Signal.Evidence;
import org.intermarket.supervision.Signal.NeedRef;
import org.intermarket.supervision.Signal.Review;

/**
 * Bid-rigging signals (围标串标) for supervisors, computed from the stored bids each time they are
 * read (the rules are on {@link SignalSql}), and the supervisors' reviews of them. Computing on
 * read keeps every signal true to the facts without a job to keep a copy fresh; a page costs
 * four queries however many bids there are: the page, the count, the needs behind its
 * agency-pair signals and its reviews.
 */
@Stateless
public class SignalService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SignalReviews signalReviews;

    @Inject
    private Offices offices;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.SUPERVISOR)
    public Page<Signal> list(@NotNull SignalQuery query, @NotNull PageRequest page) {
        Jurisdiction jurisdiction = offices.jurisdiction();
        if (query.kind() != null && !query.kind().bidRigging()) {
            throw new InvalidInputException("kind", query.kind() + " is not a bid-rigging signal; it is listed under /signals/"
                    + (query.kind() == SignalKind.RED_HAT ? "red-hat" : "steering"));
        }
        Set<SignalKind> kinds = SignalSql.kinds(query.kind());
        List<Object[]> rows = rows(jurisdiction, kinds, query, null, page.size(), page.offset());
        Query count = em.createNativeQuery(SignalSql.count(jurisdiction, kinds, query));
        bind(count, query, null);
        return new Page<>(signals(jurisdiction, rows), page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }

    /** How many marks in {@link #LOW_BID_WINDOW} make an agency a repeated abnormally-low bidder. */
    public static final int LOW_BID_TIMES = 3;

    /** The window the repeated-low-bidder signal looks back over, as long as the credit score's. */
    public static final java.time.Duration LOW_BID_WINDOW = java.time.Duration.ofDays(365);

    /**
     * Agencies whose bids were marked abnormally low at least {@link #LOW_BID_TIMES} times in the last
     * {@link #LOW_BID_WINDOW}, the most often first: buying work with prices that cannot pay for it, as a habit.
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public List<RepeatedLowBidder> repeatedLowBidders() {
        // Counted over the marks on needs in the caller's jurisdiction: the habit an office sees is the one on its own needs.
        List<Object[]> rows = em.createQuery("SELECT m.agencyId, COUNT(m) FROM LowBid m, Need n WHERE n.id = m.needId AND m.markedAt >= :since"
                        + " AND (" + offices.jurisdiction().needsJpql("n.project.ownerOrganisationId", "n.itemCode") + ")"
                        + " GROUP BY m.agencyId HAVING COUNT(m) >= :times ORDER BY COUNT(m) DESC, m.agencyId", Object[].class)
                .setParameter("since", clock.instant().minus(LOW_BID_WINDOW)).setParameter("times", (long) LOW_BID_TIMES).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        em.createNamedQuery(org.intermarket.registry.Organisation.NAMES_BY_ID, Object[].class)
                .setParameter("ids", rows.stream().map(row -> (Long) row[0]).toList()).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return rows.stream().map(row -> new RepeatedLowBidder((Long) row[0], names.get((Long) row[0]), (Long) row[1])).toList();
    }

    /** The signal under this key, if the stored facts raise it now. */
    @RolesAllowed(Roles.SUPERVISOR)
    public Optional<Signal> find(@NotNull String key) {
        return SignalKey.parse(key).flatMap(this::find);
    }

    /**
     * Marks a signal reviewed with the supervisor's comment, once. The review is appended to the
     * audit chain under the signal's key, not on the need, whose timeline is public.
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public Signal review(@NotNull String key, String comment) {
        String text = SignalReviews.comment(comment);
        SignalKey parsed = SignalKey.parse(key).orElseThrow(() -> new NotFoundException("signal", key));
        Signal signal = find(parsed).orElseThrow(() -> new NotFoundException("signal", key));
        return signal.reviewedAs(signalReviews.record(key, signal.kind(), signal.review(), text, summary(signal)));
    }

    /** The signal, if the needs in the caller's jurisdiction raise it: another office's signal is not found. */
    private Optional<Signal> find(SignalKey key) {
        Jurisdiction jurisdiction = offices.jurisdiction();
        SignalQuery query = new SignalQuery(key.kind(), null, key.needId(), key.agencyA());
        return signals(jurisdiction, rows(jurisdiction, SignalSql.kinds(key.kind()), query, key.toString(), 1, 0)).stream().findFirst();
    }

    private List<Object[]> rows(Jurisdiction jurisdiction, Set<SignalKind> kinds, SignalQuery query, String key, int limit, int offset) {
        Query rows = em.createNativeQuery(SignalSql.page(jurisdiction, kinds, query, key != null));
        bind(rows, query, key);
        rows.setParameter("limit", limit).setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        return result;
    }

    private static void bind(Query query, SignalQuery filter, String key) {
        if (filter.needId() != null) {
            query.setParameter("need", filter.needId());
        }
        if (filter.agencyId() != null) {
            query.setParameter("agency", filter.agencyId());
        }
        if (key != null) {
            query.setParameter("key", key);
        }
    }

    /** The signals of a page's rows, with the needs behind its pair signals and its reviews, each read once for the page. */
    private List<Signal> signals(Jurisdiction jurisdiction, List<Object[]> rows) {
        Map<String, List<Object[]>> shared = sharedNeeds(jurisdiction, rows);
        Map<String, SignalReview> reviews = reviews(rows);
        List<Signal> signals = new ArrayList<>();
        for (Object[] row : rows) {
            String key = (String) row[0];
            SignalKind kind = SignalKind.valueOf(((String) row[1]).trim());
            Long agencyA = id(row[4]);
            Long agencyB = id(row[6]);
            SignalReview review = reviews.get(key);
            Review reviewed = review == null ? null : new Review(review.comment(), review.reviewedBy(), review.reviewedAt());
            if (kind.perNeed()) {
                signals.add(perNeed(row, key, kind, agencyA, agencyB, reviewed));
            } else {
                signals.add(pair(row, key, kind, agencyA, agencyB, shared.getOrDefault(key, List.of()), reviewed));
            }
        }
        return signals;
    }

    private static Signal perNeed(Object[] row, String key, SignalKind kind, Long agencyA, Long agencyB, Review review) {
        Long need = id(row[2]);
        int round = ((Number) row[3]).intValue();
        Long winner = id(row[18]);
        BigDecimal priceA = (BigDecimal) row[10];
        BigDecimal priceB = (BigDecimal) row[11];
        String evidence = row[12] == null ? null : ((String) row[12]).trim();
        Evidence found = switch (kind) {
            case SHARED_PHONE -> new Evidence(evidence, null, null, null, null);
            case SHARED_IP -> new Evidence(null, evidence, null, null, null);
            case SHARED_PLAN_FILE -> new Evidence(null, null, evidence, null, null);
            default -> new Evidence(null, null, null, gapPercent(priceA, priceB), null);
        };
        Long bidA = id(row[8]);
        Long bidB = id(row[9]);
        return new Signal(key, kind, round, List.of(new NeedRef(need, (String) row[16], (String) row[17])),
                List.of(new AgencyRef(agencyA, (String) row[5], null), new AgencyRef(agencyB, (String) row[7], null)),
                List.of(new BidRef(bidA, need, round, agencyA, priceA, bidA.equals(winner)),
                        new BidRef(bidB, need, round, agencyB, priceB, bidB.equals(winner))),
                found, review);
    }

    private static Signal pair(Object[] row, String key, SignalKind kind, Long agencyA, Long agencyB, List<Object[]> shared, Review review) {
        Map<Long, NeedRef> needs = new LinkedHashMap<>();
        List<BidRef> bids = new ArrayList<>();
        for (Object[] together : shared) {
            Long need = id(together[2]);
            int round = ((Number) together[3]).intValue();
            Long winner = id(together[8]);
            needs.putIfAbsent(need, new NeedRef(need, (String) together[9], (String) together[10]));
            Long bidA = id(together[4]);
            Long bidB = id(together[5]);
            bids.add(new BidRef(bidA, need, round, agencyA, (BigDecimal) together[6], bidA.equals(winner)));
            bids.add(new BidRef(bidB, need, round, agencyB, (BigDecimal) together[7], bidB.equals(winner)));
        }
        int sharedNeeds = ((Number) row[13]).intValue();
        return new Signal(key, kind, null, List.copyOf(needs.values()),
                List.of(new AgencyRef(agencyA, (String) row[5], ((Number) row[14]).intValue()),
                        new AgencyRef(agencyB, (String) row[7], ((Number) row[15]).intValue())),
                bids, new Evidence(null, null, null, null, sharedNeeds), review);
    }

    /** The rounds the agency pairs of the page's pair signals bid on together, by signal key. */
    private Map<String, List<Object[]>> sharedNeeds(Jurisdiction jurisdiction, List<Object[]> rows) {
        Set<String> pairKeys = new HashSet<>();
        Set<Long> agencies = new HashSet<>();
        for (Object[] row : rows) {
            if (!SignalKind.valueOf(((String) row[1]).trim()).perNeed()) {
                pairKeys.add((String) row[0]);
                agencies.add(id(row[4]));
                agencies.add(id(row[6]));
            }
        }
        if (pairKeys.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> together = em.createNativeQuery(SignalSql.sharedNeeds(jurisdiction, agencies)).getResultList();
        return together.stream()
                .filter(row -> pairKeys.contains(pairKey(row)))
                .collect(Collectors.groupingBy(SignalService::pairKey, LinkedHashMap::new, Collectors.toList()));
    }

    private static String pairKey(Object[] sharedRow) {
        return new SignalKey(SignalKind.ROTATING_PAIR, null, null, id(sharedRow[0]), id(sharedRow[1])).toString();
    }

    private Map<String, SignalReview> reviews(List<Object[]> rows) {
        List<String> keys = rows.stream().map(row -> (String) row[0]).toList();
        if (keys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r FROM SignalReview r WHERE r.key IN :keys", SignalReview.class).setParameter("keys", keys)
                .getResultStream().collect(Collectors.toMap(SignalReview::key, Function.identity()));
    }

    /** |a − b| as a percentage of the lower price, two decimals. */
    static BigDecimal gapPercent(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().multiply(BigDecimal.valueOf(100)).divide(a.min(b), 2, RoundingMode.HALF_UP);
    }

    /** What the audit entry says about the signal: its agencies, needs and evidence as they were when reviewed. */
    private static String summary(Signal signal) {
        Evidence e = signal.evidence();
        String evidence = switch (signal.kind()) {
            case SHARED_PHONE -> "phone " + e.phone();
            case SHARED_IP -> "source IP " + e.sourceIp();
            case SHARED_PLAN_FILE -> "plan file sha256 " + e.planFileSha256();
            case CLOSE_PRICES -> "prices " + signal.bids().get(0).price() + " and " + signal.bids().get(1).price() + ", "
                    + e.priceGapPercent() + " % apart";
            case ROTATING_PAIR -> e.sharedNeeds() + " needs together, wins " + signal.agencies().get(0).wins() + " and "
                    + signal.agencies().get(1).wins();
            case RED_HAT, STEERING -> throw new IllegalStateException(signal.kind() + " is no bid-rigging signal");
        };
        return signal.kind() + " agencies " + signal.agencies().get(0).id() + " and " + signal.agencies().get(1).id() + ", needs "
                + signal.needs().stream().map(need -> String.valueOf(need.id())).collect(Collectors.joining(",")) + "; " + evidence;
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
