package org.intermarket.procurement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.intermarket.audit.AuditEntry;
import org.intermarket.audit.AuditTrail;
import org.intermarket.files.Attachment;
import org.intermarket.files.FileType;
import org.intermarket.files.StoredFile;
import org.intermarket.files.Uploads;
import org.intermarket.registry.Eligibility;
import org.intermarket.registry.EligibilityService;
import org.intermarket.registry.Membership;
import org.intermarket.registry.Offices;
import org.intermarket.shared.Caller;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/**
 * Sealed bids, judged by their receipt time: the moment the server received the request ({@code receivedAt}, taken
 * before authentication and any lock), never the moment a transaction got round to it. A bid received before the
 * deadline counts even if storing it finishes after; one received after is refused and not stored.
 *
 * <p>Everything a bid checks that others may change (the need's state, deadline and ceiling) is checked again
 * under a shared lock on the need ({@link NeedLocks}), which bids on one need hold together and which closing takes
 * exclusively: closing waits until every bid in flight has committed, and a bid that comes after it finds the need
 * closed. Closing starts
 * the settle period after the deadline (NeedClosing), time for a bid received just in time to reach the lock. No other
 * lock is taken: the audit entry takes none.
 *
 * <p>Before the deadline only the bidding agency can read its bid: no other role, page, log or audit detail shows it.
 */
@Stateless
public class BidService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Membership membership;

    @Inject
    private Offices offices;

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

    @Inject
    private NeedLocks needLocks;

    /** Places the caller's bid, or replaces its live one. */
    @RolesAllowed(Roles.AGENCY)
    public Bid place(@NotNull Long needId, @NotNull @Valid BidForm form, String sourceIp, Instant receivedAt) {
        return place(needId, form, sourceIp, null, receivedAt);
    }

    /**
     * Places or replaces the caller's bid together with a plan file, in one transaction: a file
     * the store refuses leaves no half-made bid behind. Without a file a replaced bid keeps its
     * earlier one. The answer carries the receipt.
     */
    @RolesAllowed(Roles.AGENCY)
    public Bid place(@NotNull Long needId, @NotNull @Valid BidForm form, String sourceIp, Attachment planFile, Instant receivedAt) {
        Instant received = receivedAt(receivedAt);
        Long agencyId = membership.organisationId();
        Need need = openNeed(needId, received);
        refuseIneligible(need, agencyId, form);
        StoredFile file = planFile == null ? null : uploads.accept(planFile.content(), planFile.name(), FileType.DOCUMENTS, agencyId, caller.name());
        holdOpen(need, received);
        refuseAboveCeiling(need, form.price());
        Bid bid = mine(need, agencyId);
        boolean replaced = bid != null;
        if (bid == null) {
            bid = new Bid(need, agencyId, form.offer(), sourceIp, received);
            try {
                em.persist(bid);
                em.flush();
            } catch (PersistenceException concurrent) {
                // The (need, round, agency) constraint: the same agency's other request stored a bid a moment ago.
                throw new ConflictException("procurement.bid-exists", "a bid from your agency arrived at the same moment; reload and replace it");
            }
        } else {
            bid.replace(form.offer(), sourceIp, received);
        }
        if (file != null) {
            bid.attachPlan(file);
        }
        receipt(bid, replaced ? "BID_REPLACED" : "BID_PLACED", need, received);
        return bid;
    }

    /** Attaches a plan file to the caller's live bid, replacing any earlier one; only before the deadline. */
    @RolesAllowed(Roles.AGENCY)
    public Bid attachPlanFile(@NotNull Long needId, @NotNull Attachment planFile, Instant receivedAt) {
        Instant received = receivedAt(receivedAt);
        Long agencyId = membership.organisationId();
        Need need = openNeed(needId, received);
        StoredFile file = uploads.accept(planFile.content(), planFile.name(), FileType.DOCUMENTS, agencyId, caller.name());
        holdOpen(need, received);
        Bid bid = mine(need, agencyId);
        if (bid == null || bid.status() != BidStatus.LIVE) {
            throw new NotFoundException("your bid on need", needId);
        }
        bid.attachPlan(file);
        receipt(bid, "BID_PLAN_FILE", need, received);
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
        boolean ownerOrSupervisor = membership.isOwnOrganisation(bid.need().project().ownerOrganisationId())
                || offices.supervisesNeed(bid.need().id());
        return ownerOrSupervisor && bid.need().status().unsealed();
    }

    /** Confirms the caller's bid again after an amendment of the need. */
    @RolesAllowed(Roles.AGENCY)
    public Bid confirm(@NotNull Long needId, Instant receivedAt) {
        Instant received = receivedAt(receivedAt);
        Need need = openNeed(needId, received);
        holdOpen(need, received);
        Bid bid = mine(need, membership.organisationId());
        if (bid == null || bid.status() != BidStatus.LIVE) {
            throw new NotFoundException("your bid on need", needId);
        }
        if (need.ceilingPrice() != null && bid.price().compareTo(need.ceilingPrice()) > 0) {
            throw new InvalidInputException("price", "the amended ceiling is " + need.ceilingPrice() + " CNY; replace the bid instead");
        }
        bid.confirm(received);
        receipt(bid, "BID_CONFIRMED", need, received);
        return bid;
    }

    @RolesAllowed(Roles.AGENCY)
    public void withdraw(@NotNull Long needId, Instant receivedAt) {
        Instant received = receivedAt(receivedAt);
        Need need = openNeed(needId, received);
        holdOpen(need, received);
        Bid bid = mine(need, membership.organisationId());
        if (bid == null || bid.status() != BidStatus.LIVE) {
            throw new NotFoundException("your bid on need", needId);
        }
        bid.withdraw(received, clock.instant());
        audit.record("BID_WITHDRAWN", "Bid", bid.id(), StoredText.facts("need", needId, "round", need.round(), "received", received));
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
        if (need == null || (!membership.isOwnOrganisation(need.project().ownerOrganisationId()) && !offices.supervisesNeed(needId))) {
            throw new NotFoundException("need", needId);
        }
        if (!need.status().unsealed()) {
            throw new ConflictException("procurement.sealed", "bids stay sealed until bidding has closed");
        }
        return live(need);
    }

    /**
     * The bids that count on a need, for other services of this context (selection, notice), which
     * check access and the seal themselves. No endpoint calls this directly.
     */
    @PermitAll
    public List<Bid> live(Need need) {
        return em.createNamedQuery(Bid.FIND_COUNTING_BY_NEED, Bid.class).setParameter("need", need).getResultList();
    }

    /**
     * The bids selection weighs, written once for selection and for the low-bid screening at the close: the bids that
     * count, within the (possibly amended) ceiling, of agencies that may still be selected on the deadline's day.
     */
    @PermitAll
    public List<Bid> valid(Need need) {
        LocalDate day = LocalDate.ofInstant(need.bidDeadline(), clock.getZone());
        return live(need).stream()
                .filter(b -> need.ceilingPrice() == null || b.price().compareTo(need.ceilingPrice()) <= 0)
                .filter(b -> eligibility.canBid(b.agencyId(), need.itemCode(), day).eligible()).toList();
    }

    /** The need as the bid finds it, without a lock yet: refused at once when it was not open when the bid arrived. */
    private Need openNeed(Long needId, Instant received) {
        Need need = em.find(Need.class, needId);
        if (need == null || need.status() == NeedStatus.DRAFT) {
            throw new NotFoundException("need", needId);
        }
        refuseUnlessOpen(need, received);
        return need;
    }

    /**
     * Takes the shared lock on the need's row, reading it afresh, and checks again that it was open for bids when the
     * bid arrived: an amendment may have moved the deadline, the owner cancelled, or closing came first.
     */
    private void holdOpen(Need need, Instant received) {
        needLocks.shared(need);
        refuseUnlessOpen(need, received);
    }

    private static void refuseUnlessOpen(Need need, Instant received) {
        if (!need.openForBidsAt(received)) {
            throw new ConflictException("procurement.bidding-closed", "bidding on need " + need.id() + " was closed when the bid arrived at "
                    + received + " (deadline " + need.bidDeadline() + ", state " + need.status() + ")");
        }
    }

    /** The submission's audit entry, sealed (a digest of the offer, never the offer), and the receipt that names it. */
    private void receipt(Bid bid, String action, Need need, Instant received) {
        String sealed = bid.sealedOfferSha256();
        AuditEntry entry = audit.record(action, "Bid", bid.id(), StoredText.facts("need", need.id(), "round", need.round(),
                "offerSha256", sealed, "received", received));
        bid.issueReceipt(entry.seq(), sealed, clock.instant());
    }

    /** The receipt time the web layer took; a call from inside the server (a probe, a job) is received now. */
    private Instant receivedAt(Instant receivedAt) {
        return receivedAt == null ? clock.instant() : receivedAt;
    }

    private void refuseIneligible(Need need, Long agencyId, BidForm form) {
        ConflictException barred = barredFrom(need, agencyId);
        if (barred != null) {
            throw barred;
        }
        refuseAboveCeiling(need, form.price());
        Eligibility answer = registryEligibility(need, agencyId);
        if (!answer.eligible()) {
            throw new ConflictException("procurement.not-eligible." + answer.reasons().get(0),
                    "your agency may not bid on this need: " + String.join(", ", answer.reasons()));
        }
    }

    /**
     * Whether the agency may bid on the need by who it is, whatever it would offer: the rule {@link #place} enforces,
     * for the agency's list of needs it may bid on, so that the list never offers a need the bid would be refused on.
     */
    @PermitAll
    public boolean mayBid(@NotNull Need need, @NotNull Long agencyId) {
        return barredFrom(need, agencyId) == null && registryEligibility(need, agencyId).eligible();
    }

    /** The refusal for the owner's own organisation or an agency it excluded (回避), or null when neither. */
    private ConflictException barredFrom(Need need, Long agencyId) {
        if (agencyId.equals(need.project().ownerOrganisationId())) {
            return new ConflictException("procurement.own-need", "an organisation cannot bid on its own need");
        }
        boolean excluded = em.createQuery("SELECT COUNT(e) FROM Exclusion e WHERE e.need = :need AND e.agencyId = :agency", Long.class)
                .setParameter("need", need).setParameter("agency", agencyId).getSingleResult() > 0;
        if (excluded) {
            return new ConflictException("procurement.excluded", "the owner excluded your agency from this need (回避); the reason is on the need");
        }
        return null;
    }

    /** The registry's half of the rule, judged on the day of the deadline: qualifications must still be valid then. */
    private Eligibility registryEligibility(Need need, Long agencyId) {
        return eligibility.canBid(agencyId, need.itemCode(), LocalDate.ofInstant(need.bidDeadline(), clock.getZone()));
    }

    private static void refuseAboveCeiling(Need need, BigDecimal price) {
        if (need.ceilingPrice() != null && price.compareTo(need.ceilingPrice()) > 0) {
            throw new InvalidInputException("price", "the price is above the ceiling of " + need.ceilingPrice() + " CNY");
        }
    }

    private Bid mine(Need need, Long agencyId) {
        return em.createQuery("SELECT b FROM Bid b LEFT JOIN FETCH b.planFile WHERE b.need = :need AND b.round = :round AND b.agencyId = :agency", Bid.class)
                .setParameter("need", need).setParameter("round", need.round()).setParameter("agency", agencyId)
                .getResultStream().findFirst().orElse(null);
    }
}
