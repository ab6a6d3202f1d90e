package org.intermarket.procurement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.intermarket.audit.AuditTrail;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.registry.Membership;
import org.intermarket.registry.Offices;
import org.intermarket.shared.Caller;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.ForbiddenException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/**
 * Objections to a result notice: a bidder files one during the notice period, a supervisor
 * upholds it (the award is annulled and the need returns to selection) or dismisses it.
 */
@Stateless
public class ObjectionService {

    private static final String ENTRY = "SELECT new org.intermarket.procurement.ObjectionEntry(x.id, n.id, n.project.name, a.id,"
            + " a.organisation.name, x.grounds, x.status, x.createdAt, x.decidedAt, x.decisionReason, x.lowBidId)"
            + " FROM Objection x JOIN x.need n, Agency a WHERE a.id = x.agencyId";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NeedLocks needLocks;

    @Inject
    private Membership membership;

    @Inject
    private NeedService needs;

    @Inject
    private Offices offices;

    @Inject
    private Inbox inbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.AGENCY)
    public Objection file(@NotNull Long needId, @NotBlank @Size(max = 4000) String grounds) {
        Long agencyId = membership.organisationId();
        Need need = needs.lockedPublished(needId);
        Instant now = clock.instant();
        if (!need.openForObjectionsAt(now)) {
            throw new ConflictException("procurement.notice-closed", "objections are taken only while the result notice is up");
        }
        boolean bidder = em.createNamedQuery(Bid.COUNT_COUNTING_BY_NEED_AND_AGENCY, Long.class)
                .setParameter("need", need).setParameter("agency", agencyId).getSingleResult() > 0;
        if (!bidder) {
            throw new ForbiddenException("only an agency that bid on this round may object to its result");
        }
        Objection objection = persistOnce(new Objection(need, agencyId, grounds.trim(), now), "this result");
        audit.record("OBJECTION_FILED", "Need", needId, StoredText.facts("objection", objection.id()));
        inbox.postAbout(need, need.project().ownerOrganisationId(), NotificationKind.OBJECTION_FILED, "/need.xhtml?id=" + needId);
        return objection;
    }

    /**
     * The agency objects to the owner's rejection of its low bid's explanation on the current round, as it objects to a
     * result: before selection, or while the result notice is up. An upheld objection puts the bid back in the race.
     */
    @RolesAllowed(Roles.AGENCY)
    public Objection fileAgainstRejection(@NotNull Long needId, @NotBlank @Size(max = 4000) String grounds) {
        Long agencyId = membership.organisationId();
        Need need = needs.lockedPublished(needId);
        Instant now = clock.instant();
        if (need.status() != NeedStatus.BIDDING_CLOSED && !need.openForObjectionsAt(now)) {
            throw new ConflictException("procurement.notice-closed", "a rejection is objected to before selection or while the result notice is up");
        }
        LowBid rejected = need.lowBids().stream().filter(mark -> mark.agencyId().equals(agencyId)).findFirst()
                .orElseThrow(() -> new NotFoundException("your abnormally low bid on need", needId));
        Objection objection = persistOnce(Objection.againstRejection(need, rejected, grounds.trim(), now), "this rejection");
        audit.record("OBJECTION_FILED", "Need", needId, StoredText.facts("objection", objection.id(), "bid", rejected.bidId()));
        inbox.postAbout(need, need.project().ownerOrganisationId(), NotificationKind.OBJECTION_FILED, "/need.xhtml?id=" + needId);
        return objection;
    }

    /** Stores the objection; the database keeps one per bidder, round and subject, and a second is refused. */
    private Objection persistOnce(Objection objection, String what) {
        try {
            em.persist(objection);
            em.flush();
        } catch (PersistenceException duplicate) {
            throw new ConflictException("procurement.objection-exists", "your agency has already objected to " + what);
        }
        return objection;
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public Objection decide(@NotNull Long id, @NotNull ObjectionStatus outcome, @NotBlank @Size(max = 2000) String reason) {
        if (outcome == ObjectionStatus.PENDING) {
            throw new InvalidInputException("outcome", "decide UPHELD or DISMISSED");
        }
        Objection objection = em.find(Objection.class, id);
        if (objection == null || !offices.coversNeed(objection.need().id())) {
            throw new NotFoundException("objection", id);
        }
        Need need = needLocks.exclusive(objection.need().id());
        objection.decide(outcome, reason.trim(), caller.name(), clock.instant());
        if (outcome == ObjectionStatus.UPHELD && objection.lowBidId() != null) {
            // The rejected bid stands in the race again; a result already chosen without it falls with the rejection.
            em.find(LowBid.class, objection.lowBidId()).overturn(id, clock.instant());
        }
        if (outcome == ObjectionStatus.UPHELD && need.status() == NeedStatus.NOTICE && need.round() == objection.round()) {
            need.annulAward(AwardEnding.ANNULLED_BY_OBJECTION, id, StoredText.of("objectionUpheld", "objection", id, "reason", reason.trim()).encode(),
                    clock.instant());
        }
        audit.record(outcome == ObjectionStatus.UPHELD ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED", "Need", need.id(),
                StoredText.facts("objection", id, "reason", reason.trim()));
        NotificationKind kind = outcome == ObjectionStatus.UPHELD ? NotificationKind.OBJECTION_UPHELD : NotificationKind.OBJECTION_DISMISSED;
        String link = "/need.xhtml?id=" + need.id();
        inbox.postAbout(need, objection.agencyId(), kind, link, reason.trim());
        inbox.postAbout(need, need.project().ownerOrganisationId(), kind, link, reason.trim());
        return objection;
    }

    /** The supervisors' queue, oldest first: the objections on needs in the caller's jurisdiction. */
    @RolesAllowed(Roles.SUPERVISOR)
    public Page<ObjectionEntry> queue(@NotNull ObjectionStatus status, @NotNull PageRequest page) {
        List<ObjectionEntry> entries = em.createQuery(ENTRY + " AND x.status = :status AND (" + inJurisdiction() + ")"
                        + " ORDER BY x.createdAt, x.id", ObjectionEntry.class)
                .setParameter("status", status).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(entries, page.page(), page.size(), count(status));
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public long count(@NotNull ObjectionStatus status) {
        return em.createQuery("SELECT COUNT(x) FROM Objection x JOIN x.need n WHERE x.status = :status AND (" + inJurisdiction() + ")",
                        Long.class)
                .setParameter("status", status).getSingleResult();
    }

    /** The caller's jurisdiction over the need {@code n} of an objection. */
    private String inJurisdiction() {
        return offices.jurisdiction().needsJpql("n.project.ownerOrganisationId", "n.itemCode");
    }

    /**
     * Objections on a need: all of them for its owner and supervisors, its own for an agency.
     * Allegations against a competitor are not published.
     */
    @RolesAllowed({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR})
    public List<ObjectionEntry> onNeed(@NotNull Long needId) {
        Need need = em.find(Need.class, needId);
        if (need == null) {
            throw new NotFoundException("need", needId);
        }
        // A supervisor reads them where its office acts on the need; elsewhere, as a stranger to the need, none.
        boolean supervisor = membership.isSupervisor();
        if (supervisor && !offices.coversNeed(needId)) {
            return List.of();
        }
        boolean all = supervisor || membership.isOwnOrganisation(need.project().ownerOrganisationId());
        TypedQuery<ObjectionEntry> query = em.createQuery(ENTRY + " AND n.id = :need" + (all ? "" : " AND x.agencyId = :agency")
                + " ORDER BY x.createdAt, x.id", ObjectionEntry.class).setParameter("need", needId);
        if (!all) {
            query.setParameter("agency", membership.organisationId());
        }
        return query.getResultList();
    }

    /** Whether any objection on the need's current round is still undecided: a contract must wait for it. */
    @PermitAll
    public boolean undecided(@NotNull Long needId) {
        return em.createQuery("SELECT COUNT(x) FROM Objection x WHERE x.need.id = :need AND x.round = x.need.round AND x.status = :pending",
                        Long.class)
                .setParameter("need", needId).setParameter("pending", ObjectionStatus.PENDING).getSingleResult() > 0;
    }
}
