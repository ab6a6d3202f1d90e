package org.intermarket.opendata;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.intermarket.opendata.ProcessFacts.AmendmentFact;
import org.intermarket.opendata.ProcessFacts.BidFact;
import org.intermarket.opendata.ProcessFacts.LowBidFact;
import org.intermarket.opendata.ProcessFacts.ContractFact;
import org.intermarket.opendata.ProcessFacts.DecisionFact;
import org.intermarket.opendata.ProcessFacts.Event;
import org.intermarket.opendata.ProcessFacts.Party;
import org.intermarket.procurement.Award;
import org.intermarket.procurement.Bid;
import org.intermarket.procurement.LowBidDecision;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.Round;
import org.intermarket.registry.Organisation;
import org.intermarket.shared.StoredText;

/**
 * The OCDS release feed: one contracting process per published need, one release per event of its
 * public timeline, in the order of the audit log, from a date and after a cursor. Only events the log
 * has placed are published, and the cursor is the log position of a page's last one: entries are
 * written without a market-wide lock, so they commit out of the order of their numbers and times, but
 * the sequencer gives positions to committed entries only, each higher than any before it, so an
 * event that committed late still comes after every cursor handed out before (a cursor on date and
 * number had passed it by for good). A page is read with a fixed number of queries whatever its size:
 * the page's events, then for all its needs at once their whole timelines, the needs with their
 * projects, item names, standing bids, contracts, amendments and organisations.
 */
@Stateless
public class ReleaseFeed {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    private static final String NEED = "Need";
    /** The fact of an audit entry that names the office a supervisor acted for. */
    private static final String OFFICE_ID = "officeId";

    @PersistenceContext
    private EntityManager em;

    /** Releases dated at or after {@code since} (if given) and placed after {@code after} (if given), at most {@code size}. */
    @PermitAll
    public FeedPage page(Instant since, FeedCursor after, @Min(1) @Max(MAX_SIZE) int size) {
        StringBuilder jpql = new StringBuilder("SELECT e.seq, e.position, e.action, e.entityId FROM AuditEntry e"
                + " WHERE e.entityType = :type AND e.action IN :actions AND e.position IS NOT NULL");
        if (since != null) {
            jpql.append(" AND e.recordedAt >= :since");
        }
        if (after != null) {
            jpql.append(" AND e.position > :after");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.append(" ORDER BY e.position").toString(), Object[].class)
                .setParameter("type", NEED).setParameter("actions", Stage.actions()).setMaxResults(size + 1);
        if (since != null) {
            query.setParameter("since", since);
        }
        if (after != null) {
            query.setParameter("after", after.position());
        }
        List<Object[]> rows = query.getResultList();
        boolean more = rows.size() > size;
        List<Object[]> page = more ? rows.subList(0, size) : rows;
        if (page.isEmpty()) {
            return new FeedPage(List.of(), null);
        }

        Map<Long, Set<Long>> wanted = new LinkedHashMap<>();
        for (Object[] row : page) {
            wanted.computeIfAbsent(Long.valueOf((String) row[3]), need -> new HashSet<>()).add((Long) row[0]);
        }
        Map<Long, ProcessFacts> processes = load(wanted.keySet());
        Map<Long, Party> parties = parties(processes.values());
        Map<Long, Ocds.Release> built = new HashMap<>();
        wanted.forEach((need, seqs) -> {
            ProcessFacts facts = processes.get(need);
            if (facts != null) {
                built.putAll(new ProcessReplay(facts, parties).releases(seqs));
            }
        });
        List<Ocds.Release> releases = new ArrayList<>();
        for (Object[] row : page) {
            Ocds.Release release = built.get((Long) row[0]);
            if (release != null) {
                releases.add(release);
            }
        }
        Object[] last = page.get(page.size() - 1);
        return new FeedPage(releases, more ? new FeedCursor((Long) last[1]) : null);
    }

    /** The size of the feed, for its page: what {@link #page} serves, the events the log has placed. */
    @PermitAll
    public FeedSummary summary() {
        Object[] row = em.createQuery("SELECT COUNT(e), COUNT(DISTINCT e.entityId), MAX(e.recordedAt) FROM AuditEntry e"
                        + " WHERE e.entityType = :type AND e.action IN :actions AND e.position IS NOT NULL", Object[].class)
                .setParameter("type", NEED).setParameter("actions", Stage.actions()).getSingleResult();
        return new FeedSummary((Long) row[0], (Long) row[1], (Instant) row[2]);
    }

    private Map<Long, ProcessFacts> load(Set<Long> needIds) {
        Map<Long, ProcessFacts> processes = new HashMap<>();
        em.createQuery("SELECT n FROM Need n JOIN FETCH n.project WHERE n.id IN :ids", Need.class).setParameter("ids", needIds)
                .getResultList().forEach(need -> processes.put(need.id(), new ProcessFacts(need)));

        em.createQuery("SELECT e.entityId, e.seq, e.recordedAt, e.action FROM AuditEntry e WHERE e.entityType = :type"
                        + " AND e.entityId IN :ids AND e.action IN :actions ORDER BY e.seq", Object[].class)
                .setParameter("type", NEED).setParameter("ids", needIds.stream().map(String::valueOf).toList())
                .setParameter("actions", Stage.actions()).getResultList()
                .forEach(row -> with(processes, Long.valueOf((String) row[0]),
                        p -> p.events.add(new Event((Long) row[1], (Instant) row[2], Stage.of((String) row[3])))));

        Set<String> items = new HashSet<>();
        processes.values().forEach(p -> items.add(p.need.itemCode()));
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT s.code, s.details.nameZh FROM ServiceItem s WHERE s.latest = TRUE AND s.code IN :codes", Object[].class)
                .setParameter("codes", items).getResultList().forEach(row -> names.put((String) row[0], (String) row[1]));
        processes.values().forEach(p -> p.itemName = names.get(p.need.itemCode()));

        // Bids are read only for needs whose bidding has closed: sealed ones never even reach the replay.
        List<Long> unsealed = ids(processes, p -> p.has(Stage.CLOSED) || p.has(Stage.FAILED));
        if (!unsealed.isEmpty()) {
            em.createNamedQuery(Bid.FIND_COUNTED_BY_NEEDS, Object[].class).setParameter("needs", unsealed).getResultList()
                    .forEach(row -> with(processes, (Long) row[0],
                            p -> p.bids.add(new BidFact((Long) row[1], (Integer) row[2], (Long) row[3], (BigDecimal) row[4]))));
            em.createQuery("SELECT m.needId, m.id, m.round.number, m.bidId, m.price, m.meanLimit, m.ceilingLimit, m.markedAt,"
                            + " m.explanationSha256, m.explainedAt, m.decision, m.decisionReason, m.decidedAt, m.overturnedBy, m.overturnedAt"
                            + " FROM LowBid m WHERE m.needId IN :needs ORDER BY m.id", Object[].class).setParameter("needs", unsealed).getResultList()
                    .forEach(row -> with(processes, (Long) row[0], p -> p.lowBids.add(new LowBidFact((Long) row[1], (Integer) row[2],
                            (Long) row[3], (BigDecimal) row[4], (BigDecimal) row[5], (BigDecimal) row[6], (Instant) row[7], (String) row[8],
                            (Instant) row[9], (LowBidDecision) row[10], (String) row[11], (Instant) row[12], (Long) row[13], (Instant) row[14]))));
        }
        List<Long> contracted = ids(processes, p -> p.has(Stage.CONTRACT_SIGNED));
        if (!contracted.isEmpty()) {
            em.createQuery("SELECT c.need.id, c.id, c.bidId, c.price, c.serviceDays, c.confirmedAt, c.dueDate, c.acceptedAt FROM Contract c"
                            + " WHERE c.need.id IN :ids ORDER BY c.signedAt, c.id", Object[].class)
                    .setParameter("ids", contracted).getResultList()
                    .forEach(row -> with(processes, (Long) row[0], p -> p.contracts.add(new ContractFact((Long) row[1], (Long) row[2],
                            (BigDecimal) row[3], (Integer) row[4], (Instant) row[5], (LocalDate) row[6], (Instant) row[7]))));
        }
        List<Long> amended = ids(processes, p -> p.has(Stage.AMENDED));
        if (!amended.isEmpty()) {
            em.createQuery("SELECT a.need.id, a.id, a.reason, a.changes, a.createdAt, a.scope, a.serviceDays, a.ceilingPrice, a.bidDeadline"
                            + " FROM Amendment a WHERE a.need.id IN :ids ORDER BY a.createdAt, a.id", Object[].class)
                    .setParameter("ids", amended).getResultList()
                    .forEach(row -> with(processes, (Long) row[0],
                            p -> p.amendments.add(new AmendmentFact((Long) row[1], (String) row[2], (String) row[3], (Instant) row[4],
                                    (String) row[5], (Integer) row[6], (BigDecimal) row[7], (Instant) row[8]))));
        }
        // A supervisor's entry names the office it acted for (Offices.signed): those are the needs' decisions by an office.
        em.createQuery("SELECT e.entityId, e.seq, e.detail FROM AuditEntry e WHERE e.entityType = :type AND e.entityId IN :ids"
                        + " AND e.detail LIKE :office ORDER BY e.seq", Object[].class)
                .setParameter("type", NEED).setParameter("ids", needIds.stream().map(String::valueOf).toList())
                .setParameter("office", "%\"" + OFFICE_ID + "\":%").getResultList()
                .forEach(row -> StoredText.decode((String) row[2]).map(text -> text.facts().get(OFFICE_ID)).filter(id -> id.matches("\\d{1,18}"))
                        .ifPresent(office -> with(processes, Long.valueOf((String) row[0]),
                                p -> p.decisions.add(new DecisionFact((Long) row[1], Long.parseLong(office))))));
        em.createQuery("SELECT r FROM Round r WHERE r.need.id IN :ids ORDER BY r.number", Round.class).setParameter("ids", needIds)
                .getResultList().forEach(round -> with(processes, round.needId(), p -> p.rounds.add(round)));
        List<Long> awarded = ids(processes, p -> p.has(Stage.AWARDED));
        if (!awarded.isEmpty()) {
            em.createQuery("SELECT a FROM Award a WHERE a.need.id IN :ids ORDER BY a.selectedAt, a.id", Award.class).setParameter("ids", awarded)
                    .getResultList().forEach(award -> with(processes, award.needId(), p -> p.awards.add(award)));
        }
        return processes;
    }

    /** The owners of the needs, the agencies that bid on them and the offices that decided on them, with their regions, in one query. */
    private Map<Long, Party> parties(Collection<ProcessFacts> processes) {
        Set<Long> ids = new HashSet<>();
        for (ProcessFacts p : processes) {
            ids.add(p.need.project().ownerOrganisationId());
            p.bids.forEach(b -> ids.add(b.agencyId()));
            p.awards.stream().map(Award::agencyId).filter(Objects::nonNull).forEach(ids::add);
            p.decisions.forEach(d -> ids.add(d.officeId()));
        }
        Map<Long, Party> parties = new HashMap<>();
        em.createQuery("SELECT o FROM Organisation o JOIN FETCH o.region WHERE o.id IN :ids", Organisation.class).setParameter("ids", ids)
                .getResultList().forEach(o -> parties.put(o.id(), new Party(o.id(), o.name(), o.creditCode().value(), o.region().nameZh())));
        return parties;
    }

    private static List<Long> ids(Map<Long, ProcessFacts> processes, Predicate<ProcessFacts> which) {
        return processes.values().stream().filter(which).map(p -> p.need.id()).toList();
    }

    private static void with(Map<Long, ProcessFacts> processes, Long need, Consumer<ProcessFacts> action) {
        ProcessFacts facts = processes.get(need);
        if (facts != null) {
            action.accept(facts);
        }
    }
}
