package org.intermarket.procurement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.intermarket.audit.AuditTrail;
import org.intermarket.files.Attachment;
import org.intermarket.files.FileType;
import org.intermarket.files.StoredFile;
import org.intermarket.files.Uploads;
import org.intermarket.registry.Eligibility;
import org.intermarket.registry.EligibilityService;
import org.intermarket.registry.Membership;
import org.intermarket.shared.Caller;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Roles;
import org.intermarket.shared.Sha256;

/**
 * Sealed bids. The deadline is checked on the server's clock inside the transaction that
 * stores the bid, under the need's row lock that closing also takes. Before the deadline only
 * the bidding agency can read its bid: no other role, page, log or audit detail shows it.
 */
@Stateless
public class BidService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Membership membership;

    @Inject
    private EligibilityService eligibility;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Uploads uploads;

    @Inject
    private Caller caller;

    /** Places the caller's bid, or replaces its live one. */
    @RolesAllowed(Roles.AGENCY)
    public Bid place(@NotNull Long needId, @NotNull @Valid BidForm form, String sourceIp) {
        return place(needId, form, sourceIp, null);
    }

    /**
     * Places or replaces the caller's bid together with a plan file, in one transaction: a file
     * the store refuses leaves no half-made bid behind. Without a file a replaced bid keeps its
     * earlier one.
     */
    @RolesAllowed(Roles.AGENCY)
    public Bid place(@NotNull Long needId, @NotNull @Valid BidForm form, String sourceIp, Attachment planFile) {
        Long agencyId = membership.organisationId();
        Need need = openNeed(needId);
        refuseIneligible(need, agencyId, form);
        Instant now = clock.instant();
        Bid bid = mine(need, agencyId);
        boolean replaced = bid != null;
        if (bid == null) {
            bid = new Bid(need, agencyId, form.offer(), sourceIp, now);
            try {
                em.persist(bid);
                em.flush();
            } catch (PersistenceException concurrent) {
                // The (need, round, agency) constraint: the same agency's other request stored a bid a moment ago.
                throw new ConflictException("procurement.bid-exists", "a bid from your agency arrived at the same moment; reload and replace it");
            }
        } else {
            bid.replace(form.offer(), sourceIp, now);
        }
        if (planFile != null) {
            bid.attachPlan(uploads.accept(planFile.content(), planFile.name(), FileType.DOCUMENTS, agencyId, caller.name()));
        }
        // Sealed: the audit detail is a digest of the offer, never the offer itself.
        audit.record(replaced ? "BID_REPLACED" : "BID_PLACED", "Bid", bid.id(), "need " + needId + " round " + need.round()
                + ", sealed offer sha256 " + Sha256.hex(bid.price() + "|" + bid.serviceDays() + "|" + bid.plan()
                + "|" + (bid.planFile() == null ? "" : bid.planFile().sha256())));
        return bid;
    }

    /** Attaches a plan file to the caller's live bid, replacing any earlier one; only before the deadline. */
    @RolesAllowed(Roles.AGENCY)
    public Bid attachPlanFile(@NotNull Long needId, @NotNull Attachment planFile) {
        Long agencyId = membership.organisationId();
        Need need = openNeed(needId);
        Bid bid = mine(need, agencyId);
        if (bid == null || bid.status() != BidStatus.LIVE) {
            throw new NotFoundException("your bid on need", needId);
        }
        bid.attachPlan(uploads.accept(planFile.content(), planFile.name(), FileType.DOCUMENTS, agencyId, caller.name()));
        audit.record("BID_PLAN_FILE", "Bid", bid.id(), "need " + needId + " round " + need.round() + ", sealed plan file attached");
        return bid;
    }

    /**
     * A bid's plan file: for the bidding agency at any time; for the need's owner and supervisors
     * once bidding has closed. Anyone else, or too early, finds nothing there.
     */
    @RolesAllowed({Roles.AGENCY, Roles.OWNER, Roles.SUPERVISOR})
    public StoredFile planFile(@NotNull Long needId, @NotNull Long bidId) {
        // The file is read after this transaction, for the download: fetched now, not left a lazy proxy.
        Bid bid = em.createQuery("SELECT b FROM Bid b LEFT JOIN FETCH b.planFile WHERE b.id = :id", Bid.class)
                .setParameter("id", bidId).getResultStream().findFirst().orElse(null);
        if (bid == null || !bid.need().id().equals(needId) || bid.planFile() == null || !mayRead(bid)) {
            throw new NotFoundException("plan file of bid", bidId);
        }
        return bid.planFile();
    }

    private boolean mayRead(Bid bid) {
        if (membership.isOwnOrganisation(bid.agencyId())) {
            return true;
        }
        boolean ownerOrSupervisor = membership.isSupervisor()
                || membership.isOwnOrganisation(bid.need().project().ownerOrganisationId());
        return ownerOrSupervisor && bid.need().status().unsealed();
    }

    /** Confirms the caller's bid again after an amendment of the need. */
    @RolesAllowed(Roles.AGENCY)
    public Bid confirm(@NotNull Long needId) {
        Need need = openNeed(needId);
        Bid bid = mine(need, membership.organisationId());
        if (bid == null || bid.status() != BidStatus.LIVE) {
            throw new NotFoundException("your bid on need", needId);
        }
        if (need.ceilingPrice() != null && bid.price().compareTo(need.ceilingPrice()) > 0) {
            throw new InvalidInputException("price", "the amended ceiling is " + need.ceilingPrice() + " CNY; replace the bid instead");
        }
        bid.confirm(clock.instant());
        audit.record("BID_CONFIRMED", "Bid", bid.id(), "need " + needId + " round " + need.round());
        return bid;
    }

    @RolesAllowed(Roles.AGENCY)
    public void withdraw(@NotNull Long needId) {
        Need need = openNeed(needId);
        Bid bid = mine(need, membership.organisationId());
        if (bid == null || bid.status() != BidStatus.LIVE) {
            throw new NotFoundException("your bid on need", needId);
        }
        bid.withdraw(clock.instant());
        audit.record("BID_WITHDRAWN", "Bid", bid.id(), "need " + needId + " round " + need.round());
    }

    /** The caller's own bid on the current round, live or withdrawn. */
    @RolesAllowed(Roles.AGENCY)
    public Bid mine(@NotNull Long needId) {
        Need need = em.find(Need.class, needId);
        Bid bid = need == null ? null : mine(need, membership.organisationId());
        if (bid == null) {
            throw new NotFoundException("your bid on need", needId);
        }
        return bid;
    }

    /** Every live bid of the current round: for the need's owner and supervisors, and only once bidding has closed. */
    @RolesAllowed({Roles.OWNER, Roles.SUPERVISOR})
    public List<Bid> all(@NotNull Long needId) {
        Need need = em.find(Need.class, needId);
        if (need == null || (!membership.isSupervisor() && !membership.isOwnOrganisation(need.project().ownerOrganisationId()))) {
            throw new NotFoundException("need", needId);
        }
        if (!need.status().unsealed()) {
            throw new ConflictException("procurement.sealed", "bids stay sealed until bidding has closed");
        }
        return live(need);
    }

    /**
     * The live bids of a need's current round, for other services of this context (selection,
     * notice), which check access and the seal themselves. No endpoint calls this directly.
     */
    @PermitAll
    public List<Bid> live(Need need) {
        return em.createQuery("SELECT b FROM Bid b LEFT JOIN FETCH b.planFile WHERE b.need = :need AND b.round = :round AND b.status = :live"
                        + " AND b.confirmed = TRUE"
                        + " ORDER BY b.id", Bid.class)
                .setParameter("need", need).setParameter("round", need.round()).setParameter("live", BidStatus.LIVE).getResultList();
    }

    private Need openNeed(Long needId) {
        Need need = em.find(Need.class, needId, LockModeType.PESSIMISTIC_WRITE);
        if (need == null || need.status() == NeedStatus.DRAFT) {
            throw new NotFoundException("need", needId);
        }
        if (!need.openForBidsAt(clock.instant())) {
            throw new ConflictException("procurement.bidding-closed", "bidding on need " + needId + " is closed (deadline "
                    + need.bidDeadline() + ")");
        }
        return need;
    }

    private void refuseIneligible(Need need, Long agencyId, BidForm form) {
        if (agencyId.equals(need.project().ownerOrganisationId())) {
            throw new ConflictException("procurement.own-need", "an organisation cannot bid on its own need");
        }
        boolean excluded = em.createQuery("SELECT COUNT(e) FROM Exclusion e WHERE e.need = :need AND e.agencyId = :agency", Long.class)
                .setParameter("need", need).setParameter("agency", agencyId).getSingleResult() > 0;
        if (excluded) {
            throw new ConflictException("procurement.excluded", "the owner excluded your agency from this need (回避); the reason is on the need");
        }
        if (need.ceilingPrice() != null && form.price().compareTo(need.ceilingPrice()) > 0) {
            throw new InvalidInputException("price", "the price is above the ceiling of " + need.ceilingPrice() + " CNY");
        }
        Eligibility answer = eligibility.canBid(agencyId, need.itemCode(), LocalDate.ofInstant(need.bidDeadline(), clock.getZone()));
        if (!answer.eligible()) {
            throw new ConflictException("procurement.not-eligible." + answer.reasons().get(0),
                    "your agency may not bid on this need: " + String.join(", ", answer.reasons()));
        }
    }

    private Bid mine(Need need, Long agencyId) {
        return em.createQuery("SELECT b FROM Bid b LEFT JOIN FETCH b.planFile WHERE b.need = :need AND b.round = :round AND b.agencyId = :agency", Bid.class)
                .setParameter("need", need).setParameter("round", need.round()).setParameter("agency", agencyId)
                .getResultStream().findFirst().orElse(null);
    }
}
