package org.intermarket.procurement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.intermarket.audit.AuditTrail;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.mail.MailOutbox;
import org.intermarket.registry.AgencyStatus;
import org.intermarket.registry.Membership;
import org.intermarket.registry.Offices;
import org.intermarket.registry.Organisation;
import org.intermarket.registry.Regions;
import org.intermarket.settings.MarketSettings;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.ListQuery;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/** Needs from draft to publication, cancellation and republication, and their public reading. */
@Stateless
public class NeedService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NeedLocks needLocks;

    @Inject
    private ProjectService projects;

    @Inject
    private NeedRules rules;

    @Inject
    private NeedTimers timers;

    @Inject
    private Membership membership;

    @Inject
    private Offices offices;

    @Inject
    private SettingsService settings;

    @Inject
    private Inbox inbox;

    @Inject
    private MailOutbox mail;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.OWNER)
    public Need draft(@NotNull @Valid NeedForm form) {
        Project project = projects.own(form.projectId());
        Organisation owner = em.find(Organisation.class, project.ownerOrganisationId());
        Need need = Need.draft(project, rules.terms(form).withContact(owner.contactPhone()), clock.instant());
        em.persist(need);
        em.flush();
        exclude(need, form.excludedAgencies());
        audit.record("NEED_DRAFTED", "Need", need.id(), StoredText.facts("item", need.itemCode(), "project", project.projectCode(), "method", need.method()));
        return need;
    }

    /**
     * Drafts and publishes in one transaction, as the owner's desk does: a publication that is refused (a deadline
     * too soon, a method not allowed) leaves no draft behind, and the form keeps what the owner typed.
     */
    @RolesAllowed(Roles.OWNER)
    public Need publishNew(@NotNull @Valid NeedForm form) {
        return publish(draft(form).id());
    }

    /**
     * Replaces the terms of the caller's own draft; the draft stays on its project. Exclusions are replaced when the
     * form lists them and kept when it leaves them out.
     */
    @RolesAllowed(Roles.OWNER)
    public Need reviseDraft(@NotNull Long id, @NotNull @Valid NeedForm form) {
        Need need = ownLocked(id);
        if (!need.project().id().equals(form.projectId())) {
            throw new InvalidInputException("projectId", "a draft stays on its project; draft a new need for another project");
        }
        need.revise(rules.terms(form).withContact(need.contact()));
        if (form.excludedAgencies() != null) {
            em.createQuery("DELETE FROM Exclusion x WHERE x.need = :need").setParameter("need", need).executeUpdate();
            exclude(need, form.excludedAgencies());
        }
        audit.record("NEED_REVISED", "Need", id, StoredText.facts("item", need.itemCode(), "method", need.method(), "deadline", need.bidDeadline()));
        return need;
    }

    /** The caller's own draft, to be edited; someone else's need is reported missing, a published one refused. */
    @RolesAllowed(Roles.OWNER)
    public Need ownDraft(@NotNull Long id) {
        Need need = em.find(Need.class, id);
        if (need == null || !isOwner(need)) {
            throw new NotFoundException("need", id);
        }
        need.requireDraft();
        return need;
    }

    /** Revises the caller's draft and publishes it, in one transaction: a refused publication keeps the draft as it was. */
    @RolesAllowed(Roles.OWNER)
    public Need publishRevised(@NotNull Long id, @NotNull @Valid NeedForm form) {
        reviseDraft(id, form);
        return publish(id);
    }

    /** Deletes the caller's own draft: it was never public, so nothing of it is owed to anyone; the audit trail keeps that it existed. */
    @RolesAllowed(Roles.OWNER)
    public void deleteDraft(@NotNull Long id) {
        Need need = ownLocked(id);
        need.requireDraft();
        em.createQuery("DELETE FROM Exclusion x WHERE x.need = :need").setParameter("need", need).executeUpdate();
        em.remove(need);
        audit.record("NEED_DRAFT_DELETED", "Need", id, StoredText.facts("item", need.itemCode(), "project", need.project().projectCode()));
    }

    @RolesAllowed(Roles.OWNER)
    public Need publish(@NotNull Long id) {
        Need need = ownLocked(id);
        MarketSettings current = settings.current();
        rules.checkMethodAllowed(need, current);
        String seed = need.method() == SelectionMethod.RANDOM_DRAW ? RandomDraw.newSeed() : null;
        LowBidRule lowBids = new LowBidRule(current.percent(SettingKey.LOW_BID_MEAN_PERCENT), current.percent(SettingKey.LOW_BID_CEILING_PERCENT),
                current.duration(SettingKey.LOW_BID_EXPLAIN_PERIOD));
        need.publish(clock.instant(), current.duration(SettingKey.MIN_BIDDING_PERIOD), seed, seed == null ? null : RandomDraw.commitment(seed),
                lowBids);
        timers.scheduleClosing(need);
        audit.record("NEED_PUBLISHED", "Need", need.id(), StoredText.facts("round", need.round(), "method", need.method(),
                "ceiling", need.ceilingPrice() == null ? "—" : need.ceilingPrice(), "deadline", need.bidDeadline(), "drawCommitment", need.drawCommitment(),
                "lowMeanPercent", lowBids.meanPercent(), "lowCeilingPercent", lowBids.ceilingPercent(),
                "lowExplainPeriod", current.raw(SettingKey.LOW_BID_EXPLAIN_PERIOD)));
        notifyServingAgencies(need);
        mail.needPublished(need);
        return need;
    }

    /** A failed need goes out again as a new round with a new deadline (and optionally another method). */
    @RolesAllowed(Roles.OWNER)
    public Need republish(@NotNull Long id, @NotNull Instant newDeadline, SelectionMethod method, NeedForm.WeightsForm weights) {
        Need need = ownLocked(id);
        need.prepareRepublish(newDeadline, method,
                weights == null ? null : new NeedTerms.Weights(weights.price(), weights.credit(), weights.plan()));
        if (need.method() == SelectionMethod.COMPREHENSIVE_SCORE && (need.weights() == null || !need.weights().complete())) {
            throw new InvalidInputException("weights", "comprehensive scoring needs weights summing to 100");
        }
        return publish(id);
    }

    /**
     * Amends a published need before its deadline: public, the deadline kept at least the
     * configured minimum away, every live bid to be confirmed again. Bidders are told through
     * their inboxes; the owner never learns who they are.
     */
    @RolesAllowed(Roles.OWNER)
    public Need amend(@NotNull Long id, @NotNull @Valid AmendmentForm form) {
        Need need = ownLocked(id);
        Instant now = clock.instant();
        StoredText changes = need.amend(form.scope() == null || form.scope().isBlank() ? null : form.scope().trim(), form.serviceDays(),
                form.ceilingPrice() == null ? null : form.ceilingPrice().setScale(2), form.bidDeadline(), now,
                settings.current().duration(SettingKey.AMENDMENT_MIN_REMAINING));
        Amendment amendment = new Amendment(need, form.reason().trim(), changes.encode(), now);
        em.persist(amendment);
        List<Long> bidders = new ArrayList<>();
        for (Bid bid : liveBids(need)) {
            bid.requireConfirmation();
            inbox.postAbout(need, bid.agencyId(), NotificationKind.NEED_AMENDED, "/need.xhtml?id=" + id, form.reason().trim());
            bidders.add(bid.agencyId());
        }
        mail.needAmended(need, amendment, bidders);
        timers.scheduleClosing(need);
        audit.record("NEED_AMENDED", "Need", id, StoredText.facts("reason", form.reason().trim()).and(changes));
        return need;
    }

    @PermitAll
    public List<Amendment> amendments(@NotNull Long id) {
        visible(id);
        return em.createQuery("SELECT a FROM Amendment a WHERE a.need.id = :need ORDER BY a.createdAt, a.id", Amendment.class)
                .setParameter("need", id).getResultList();
    }

    /** Excluded agencies and the reasons, shown on the need and its notice. */
    @PermitAll
    public List<ExclusionEntry> exclusions(@NotNull Long id) {
        visible(id);
        return em.createQuery("SELECT new org.intermarket.procurement.ExclusionEntry(e.agencyId, a.organisation.name, e.reason)"
                        + " FROM Exclusion e, Agency a WHERE a.id = e.agencyId AND e.need.id = :need ORDER BY e.id", ExclusionEntry.class)
                .setParameter("need", id).getResultList();
    }

    /** Owners by how often they exclude agencies on needs in the caller's jurisdiction, most first. */
    @RolesAllowed(Roles.SUPERVISOR)
    public Page<OwnerExclusions> exclusionsByOwner(@NotNull PageRequest page) {
        String inJurisdiction = offices.jurisdiction().needsJpql("n.project.ownerOrganisationId", "n.itemCode");
        List<OwnerExclusions> rows = em.createQuery("SELECT new org.intermarket.procurement.OwnerExclusions(o.id, o.name, COUNT(DISTINCT n.id),"
                        + " COUNT(e)) FROM Exclusion e JOIN e.need n, Organisation o WHERE o.id = n.project.ownerOrganisationId"
                        + " AND (" + inJurisdiction + ") GROUP BY o.id, o.name ORDER BY COUNT(e) DESC, o.name", OwnerExclusions.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(DISTINCT n.project.ownerOrganisationId) FROM Exclusion e JOIN e.need n WHERE ("
                + inJurisdiction + ")", Long.class).getSingleResult();
        return new Page<>(rows, page.page(), page.size(), total);
    }

    @RolesAllowed(Roles.OWNER)
    public Need cancel(@NotNull Long id, @NotBlank @Size(max = 1000) String reason) {
        Need need = ownLocked(id);
        need.cancel(reason.trim(), clock.instant());
        audit.record("NEED_CANCELLED", "Need", need.id(), StoredText.facts("reason", reason.trim()));
        // Bidders are told through their own inboxes; the owner never learns who they were.
        List<Long> bidders = new ArrayList<>();
        for (Bid bid : liveBids(need)) {
            inbox.postAbout(need, bid.agencyId(), NotificationKind.NEED_CANCELLED, "/need.xhtml?id=" + need.id(), reason.trim());
            bidders.add(bid.agencyId());
        }
        mail.needCancelled(need, reason.trim(), bidders);
        return need;
    }

    @PermitAll
    public NeedView view(@NotNull Long id) {
        return toView(visible(id));
    }

    /** The need, if the caller may see it at all: drafts only by their owner. */
    @PermitAll
    public Need visible(@NotNull Long id) {
        Need need = em.find(Need.class, id);
        if (need == null || (need.status() == NeedStatus.DRAFT && !isOwner(need))) {
            throw new NotFoundException("need", id);
        }
        return need;
    }

    /** Published needs and everything after, newest deadline first; drafts are private. */
    @PermitAll
    public Page<NeedView> search(@NotNull NeedQuery query, @NotNull PageRequest page) {
        return search(query, page, null);
    }

    /** The same list, continuing after {@code after} (keyset pagination) when it is set; {@code page} is then the caller's count. */
    @PermitAll
    public Page<NeedView> search(@NotNull NeedQuery query, @NotNull PageRequest page, NeedPosition after) {
        // The page's needs are chosen by a statement on need alone, read in the order of an index (need_list_order, or
        // need_list_item_order for one item), and only those needs are then read with their project and owner. H2 plans
        // a join from its smallest table: with the owner's organisation joined in, it read every organisation, project
        // and need and sorted them, 194 ms for the first page at a province's size (bench/province.sh with
        // BENCH_DB=h2), where the statement on need reads 20 index entries (0.3 ms). PostgreSQL plans both the same.
        // The owner's region is a condition each need meets or not (EXISTS), not a join, for the same reason; and no
        // condition joins the owner, so that the count reads needs alone too.
        ListQuery list = new ListQuery().and("n.status <> :draft", "draft", NeedStatus.DRAFT);
        boolean oneItem = query.itemCode() != null && !query.itemCode().isBlank();
        if (query.status() != null) {
            list.and("n.status = :status", "status", query.status());
        }
        if (oneItem) {
            list.and("n.itemCode = :item", "item", query.itemCode().trim().toUpperCase(Locale.ROOT));
        }
        if (query.region() != null && !query.region().isBlank()) {
            list.and("EXISTS (SELECT 1 FROM Project p, Organisation r WHERE p.id = n.project.id AND r.id = p.ownerOrganisationId"
                    + " AND r.region.code LIKE :region)", "region", Regions.prefix(query.region().trim()) + "%");
        }
        if (query.maxCeiling() != null) {
            list.and("n.terms.ceilingPrice <= :ceiling", "ceiling", query.maxCeiling());
        }
        if (query.deadlineBefore() != null) {
            list.and("n.bidDeadline <= :before", "before", query.deadlineBefore());
        }
        if (after != null) {
            // the same as "deadline before, or the same and id before", with the deadline's bound stated on its own: the
            // database takes that as where to start reading the need_list_order index; the OR alone was a filter, which
            // read past every need before the position (22,481 rows at page 1,000 of 50,000 on PostgreSQL)
            list.seek("n.bidDeadline <= :afterDeadline AND (n.bidDeadline < :afterDeadline OR n.id < :afterId)",
                    Map.of("afterDeadline", after.bidDeadline(), "afterId", after.id()));
        }
        // With one item the order names it first, which changes nothing of the order but is how H2 sees that the item's
        // index is already in it (without it H2 read all of the item's needs and sorted them).
        String order = (oneItem ? "ORDER BY n.itemCode, " : "ORDER BY ") + "n.bidDeadline DESC, n.id DESC";
        Page<Long> ids = list.page(em, "SELECT n.id FROM Need n", "SELECT COUNT(n) FROM Need n", order, Long.class, page);
        return ids.withItems(views(ids.items()));
    }

    /** The needs of these ids with their owners' names and regions and their bid counts, in the order of the ids. */
    private List<NeedView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // The project comes with its need: mapped eager, it would otherwise be read by one statement per project.
        Map<Long, Object[]> rows = new HashMap<>();
        em.createQuery("SELECT n, o.name, o.region.code FROM Need n JOIN FETCH n.project JOIN Organisation o"
                        + " ON o.id = n.project.ownerOrganisationId WHERE n.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(row -> rows.put(((Need) row[0]).id(), row));
        Map<Long, Long> counts = bidCounts(rows.values().stream().map(row -> (Need) row[0]).filter(n -> n.status().unsealed())
                .map(Need::id).toList());
        // every id is found: only drafts are ever deleted, and no draft is listed
        return ids.stream().map(rows::get).map(row -> {
            Need need = (Need) row[0];
            return new NeedView(need, (String) row[1], (String) row[2], need.status().unsealed() ? counts.getOrDefault(need.id(), 0L) : null);
        }).toList();
    }

    /** The caller's needs, in any state, newest first. */
    @RolesAllowed(Roles.OWNER)
    public Page<NeedView> mine(NeedStatus status, @NotNull PageRequest page) {
        Long owner = membership.organisationId();
        ListQuery list = new ListQuery().and("n.project.ownerOrganisationId = :owner", "owner", owner);
        if (status != null) {
            list.and("n.status = :status", "status", status);
        }
        Page<Need> rows = list.page(em, "SELECT n FROM Need n JOIN FETCH n.project", "SELECT COUNT(n) FROM Need n",
                "ORDER BY n.createdAt DESC, n.id DESC", Need.class, page);
        List<Need> found = rows.items();
        Map<Long, Long> counts = bidCounts(found.stream().filter(n -> n.status().unsealed()).map(Need::id).toList());
        Organisation organisation = em.find(Organisation.class, owner);
        List<NeedView> views = found.stream().map(n -> new NeedView(n, organisation.name(), organisation.region().code(),
                n.status().unsealed() ? counts.getOrDefault(n.id(), 0L) : null)).toList();
        return rows.withItems(views);
    }

    /**
     * A published need, locked for the rest of the transaction, for a bidder's step after the close (an objection, an
     * explanation); a draft is nobody's business but its owner's and is reported missing. Callers check role and part.
     */
    @PermitAll
    public Need lockedPublished(@NotNull Long id) {
        Need need = needLocks.exclusive(id);
        if (need == null || need.status() == NeedStatus.DRAFT) {
            throw new NotFoundException("need", id);
        }
        return need;
    }

    /** The caller's own need, locked for the rest of the transaction; someone else's is reported missing. */
    @RolesAllowed(Roles.OWNER)
    public Need ownLocked(@NotNull Long id) {
        Need need = needLocks.exclusive(id);
        if (need == null || !isOwner(need)) {
            throw new NotFoundException("need", id);
        }
        return need;
    }

    private boolean isOwner(Need need) {
        return membership.isOwnOrganisation(need.project().ownerOrganisationId());
    }

    private NeedView toView(Need need) {
        Organisation owner = em.find(Organisation.class, need.project().ownerOrganisationId());
        Long count = need.status().unsealed() ? bidCounts(List.of(need.id())).getOrDefault(need.id(), 0L) : null;
        return new NeedView(need, owner.name(), owner.region().code(), count);
    }

    /** How many bids count on each need. Called only for needs whose bidding has closed. */
    private Map<Long, Long> bidCounts(List<Long> needIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!needIds.isEmpty()) {
            em.createNamedQuery(Bid.COUNT_COUNTING_BY_NEEDS, Object[].class).setParameter("needs", needIds)
                    .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    private void exclude(Need need, List<NeedForm.ExclusionForm> exclusions) {
        if (exclusions == null) {
            return;
        }
        for (NeedForm.ExclusionForm exclusion : exclusions) {
            if (em.find(org.intermarket.registry.Agency.class, exclusion.agencyId()) == null) {
                throw new InvalidInputException("excludedAgencies", "agency " + exclusion.agencyId() + " does not exist");
            }
            em.persist(new Exclusion(need, exclusion.agencyId(), exclusion.reason().trim()));
        }
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException duplicate) {
            throw new InvalidInputException("excludedAgencies", "an agency is excluded twice");
        }
        audit.record("AGENCIES_EXCLUDED", "Need", need.id(), StoredText.facts("count", exclusions.size()));
    }

    private List<Bid> liveBids(Need need) {
        return em.createNamedQuery(Bid.FIND_LIVE_BY_NEED, Bid.class).setParameter("need", need).getResultList();
    }

    private void notifyServingAgencies(Need need) {
        List<Long> serving = em.createQuery("SELECT g.agency.id FROM ServiceGuide g WHERE g.itemCode = :item AND g.agency.status = :active",
                        Long.class)
                .setParameter("item", need.itemCode()).setParameter("active", AgencyStatus.ACTIVE).getResultList();
        for (Long agency : serving) {
            if (!agency.equals(need.project().ownerOrganisationId())) {
                inbox.postAbout(need, agency, NotificationKind.NEED_PUBLISHED, "/need.xhtml?id=" + need.id(), need.bidDeadline().toString());
            }
        }
    }
}
