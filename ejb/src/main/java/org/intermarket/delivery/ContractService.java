package org.intermarket.delivery;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.intermarket.audit.AuditTrail;
import org.intermarket.credit.CreditInputChanged;
import org.intermarket.credit.CreditRecords;
import org.intermarket.credit.Severity;
import org.intermarket.credit.ViolationSource;
import org.intermarket.files.Attachment;
import org.intermarket.files.FileType;
import org.intermarket.files.StoredFile;
import org.intermarket.files.Uploads;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.procurement.Bid;
import org.intermarket.procurement.LowBid;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.NeedService;
import org.intermarket.procurement.NeedStatus;
import org.intermarket.procurement.ObjectionService;
import org.intermarket.registry.Membership;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;
import org.intermarket.shared.Caller;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/**
 * From the award to the rating: the owner signs, the winner confirms (or forfeits), deliverables
 * go back and forth until accepted, and the owner rates. Only the contract's two parties act on
 * it; supervisors read it. Every step is audited on the need's public timeline.
 */
@Stateless
public class ContractService {

    private static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NeedService needs;

    @Inject
    private ObjectionService objections;

    @Inject
    private Membership membership;

    @Inject
    private Uploads uploads;

    @Inject
    private CreditRecords creditRecords;

    @Inject
    private Event<CreditInputChanged> creditChanged;

    @Inject
    private SettingsService settings;

    @Inject
    private Inbox inbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The owner signs with the winner once the notice period is over and no objection is undecided. */
    @RolesAllowed(Roles.OWNER)
    public Contract sign(@NotNull Long needId) {
        Need need = needs.ownLocked(needId);
        Instant now = clock.instant();
        if (need.status() != NeedStatus.NOTICE) {
            throw new ConflictException("delivery.not-notice", "a contract is signed after the result notice (status is " + need.status() + ")");
        }
        if (now.isBefore(need.noticeEndsAt())) {
            throw new ConflictException("delivery.notice-period", "the notice period runs until " + need.noticeEndsAt(), need.noticeEndsAt());
        }
        if (objections.undecided(needId)) {
            throw new ConflictException("delivery.objection-pending", "an objection to the result is not decided yet");
        }
        boolean pending = em.createQuery("SELECT COUNT(c) FROM Contract c WHERE c.need = :need AND c.status = :awaiting", Long.class)
                .setParameter("need", need).setParameter("awaiting", ContractStatus.AWAITING_CONFIRMATION).getSingleResult() > 0;
        if (pending) {
            throw new ConflictException("delivery.contract-exists", "the contract is already signed and waits for the winner");
        }
        Bid winner = em.find(Bid.class, need.winningBidId());
        // The winner always gets a whole signing period to confirm, however late the owner signs.
        Contract contract = new Contract(need, winner, now, now.plus(settings.current().duration(SettingKey.SIGNING_PERIOD)));
        em.persist(contract);
        em.flush();
        timeline("CONTRACT_SIGNED", contract, StoredText.facts("contract", contract.id(), "price", contract.price(),
                "days", contract.serviceDays(), "confirmBy", contract.confirmBy()));
        inbox.postAbout(need, contract.agencyId(), NotificationKind.CONTRACT_SIGNED, link(contract), contract.confirmBy().toString());
        return contract;
    }

    @RolesAllowed(Roles.AGENCY)
    public Contract confirm(@NotNull Long contractId) {
        Contract contract = ownAsAgency(contractId);
        contract.confirm(clock.instant(), clock.getZone());
        timeline("CONTRACT_CONFIRMED", contract, StoredText.facts("contract", contractId, "due", contract.dueDate()));
        inbox.postAbout(contract.need(), contract.ownerOrganisationId(), NotificationKind.CONTRACT_CONFIRMED, link(contract),
                contract.dueDate().toString());
        return contract;
    }

    /** The winner refuses the contract: the same consequences as letting the signing period pass. */
    @RolesAllowed(Roles.AGENCY)
    public Contract decline(@NotNull Long contractId, String reason) {
        Contract contract = ownAsAgency(contractId);
        lapse(contract, StoredText.of("declined", "reason", reason == null || reason.isBlank() ? null : reason.trim()));
        return contract;
    }

    /**
     * A lapsed contract: the winner's bid is forfeited with a MODERATE violation, and the need goes
     * back to selection so the owner can select the next-ranked bid (or republish).
     */
    private void lapse(Contract contract, StoredText reason) {
        contract.lapse(reason, clock.instant());
        String stored = contract.statusReason();
        em.find(Bid.class, contract.bidId()).forfeit();
        timeline("CONTRACT_LAPSED", contract, StoredText.facts("contract", contract.id(), "reason", stored));
        creditRecords.recordRuleViolation(contract.agencyId(), Severity.MODERATE, ViolationSource.UNSIGNED, contract.id(),
                stored);
        lowBidFailed(contract, "lowBidLapsed");
        notifyParties(contract, NotificationKind.CONTRACT_LAPSED, "/need.xhtml?id=" + contract.need().id(), stored);
    }

    @RolesAllowed(Roles.AGENCY)
    public Deliverable deliver(@NotNull Long contractId, @NotNull Attachment file) {
        Contract contract = ownAsAgency(contractId);
        Instant now = clock.instant();
        contract.deliver(now);
        StoredFile stored = uploads.accept(file.content(), file.name(), FileType.DOCUMENTS, contract.agencyId(), caller.name());
        Deliverable deliverable = new Deliverable(contract, stored, now);
        em.persist(deliverable);
        timeline("DELIVERABLE_SUBMITTED", contract, StoredText.facts("contract", contractId, "file", stored.originalName(),
                "bytes", stored.size(), "sha256", stored.sha256()));
        inbox.postAbout(contract.need(), contract.ownerOrganisationId(), NotificationKind.DELIVERABLE_SUBMITTED, link(contract),
                stored.originalName());
        return deliverable;
    }

    /** Accepts or rejects everything handed in since the last decision; a rejection needs a reason. */
    @RolesAllowed(Roles.OWNER)
    public Contract decide(@NotNull Long contractId, boolean accepted, String reason) {
        Contract contract = ownAsOwner(contractId);
        String why = reason == null ? "" : reason.trim();
        if (!accepted && why.isEmpty()) {
            throw InvalidInputException.because("reason", "reason-required", "say why the deliverables are rejected");
        }
        if (why.length() > 1000) {
            throw InvalidInputException.because("reason", "reason-too-long", "at most 1000 characters");
        }
        Instant now = clock.instant();
        if (accepted) {
            contract.accept(now, settings.current().duration(SettingKey.RATING_PERIOD));
        } else {
            contract.reject(why);
        }
        em.createNamedQuery(Deliverable.OF_CONTRACT, Deliverable.class).setParameter("contract", contract).getResultList()
                .forEach(d -> d.decide(accepted, why.isEmpty() ? null : why, now));
        timeline(accepted ? "DELIVERY_ACCEPTED" : "DELIVERY_REJECTED", contract, StoredText.facts("contract", contractId, "reason", why.isEmpty() ? null : why));
        inbox.postAbout(contract.need(), contract.agencyId(), accepted ? NotificationKind.DELIVERY_ACCEPTED : NotificationKind.DELIVERY_REJECTED,
                link(contract), why);
        return contract;
    }

    @RolesAllowed(Roles.OWNER)
    public Rating rate(@NotNull Long contractId, @NotNull @Valid RatingForm form) {
        Contract contract = ownAsOwner(contractId);
        String comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().trim();
        return rating(contract, new Rating(contract, form.scores(), comment, false, clock.instant()), caller.name());
    }

    private Rating rating(Contract contract, Rating rating, String actor) {
        contract.rated();
        em.persist(rating);
        em.flush();
        Rating.Scores s = rating.scores();
        audit.recordAs(actor, rating.defaultRating() ? "NEED_RATED_BY_DEFAULT" : "NEED_RATED", "Need", contract.need().id(), StoredText.facts(
                "contract", contract.id(), "quality", s.quality(), "timeliness", s.timeliness(), "attitude", s.attitude(), "fee", s.fee()));
        inbox.postAbout(contract.need(), contract.agencyId(), NotificationKind.AGENCY_RATED, link(contract),
                String.valueOf(s.quality()), String.valueOf(s.timeliness()), String.valueOf(s.attitude()), String.valueOf(s.fee()));
        if (rating.bad()) {
            Instant now = clock.instant();
            Rectification rectification = new Rectification(rating, now, now.plus(settings.current().duration(SettingKey.RECTIFICATION_PERIOD)));
            em.persist(rectification);
            inbox.postAbout(contract.need(), contract.agencyId(), NotificationKind.RECTIFICATION_OPENED, link(contract),
                    rectification.answerDue().toString());
        }
        if (rating.bad()) {
            lowBidFailed(contract, "lowBidRatedPoorly");
        }
        creditChanged.fire(new CreditInputChanged(contract.agencyId(), StoredText.of(rating.defaultRating() ? "defaultRating" : "ownerRating",
                "quality", s.quality(), "timeliness", s.timeliness(), "attitude", s.attitude(), "fee", s.fee(), "contract", contract.id())));
        return rating;
    }

    /**
     * The credit rule on abnormally low prices (README, credit rules): a winning bid that was marked abnormally low and
     * whose contract then lapsed or was rated poorly costs its agency a MODERATE violation, once per contract, on top of
     * what the lapse or the rating costs anyway: it had been told its price was suspect and said it could do the work.
     */
    private void lowBidFailed(Contract contract, String code) {
        boolean marked = em.createNamedQuery(LowBid.COUNT_BY_BID, Long.class).setParameter("bid", contract.bidId()).getSingleResult() > 0;
        if (marked) {
            creditRecords.recordRuleViolation(contract.agencyId(), Severity.MODERATE, ViolationSource.LOW_BID_FAILED, contract.id(),
                    StoredText.of(code, "contract", contract.id(), "bid", contract.bidId()).encode());
        }
    }

    /** Contracts whose winner let the signing period pass, oldest first: each goes to {@link #lapseUnconfirmed(Long)}. */
    @PermitAll
    public List<Long> unconfirmedInTime() {
        return em.createQuery("SELECT c.id FROM Contract c WHERE c.status = :awaiting AND c.confirmBy < :now ORDER BY c.id", Long.class)
                .setParameter("awaiting", ContractStatus.AWAITING_CONFIRMATION).setParameter("now", clock.instant()).getResultList();
    }

    /** Lapses one contract in its own transaction; false when it was confirmed, declined or lapsed since the ids were read. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean lapseUnconfirmed(@NotNull Long contractId) {
        Contract contract = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null || contract.status() != ContractStatus.AWAITING_CONFIRMATION || !contract.confirmBy().isBefore(clock.instant())) {
            return false;
        }
        lapse(contract, StoredText.of("unconfirmed", "confirmBy", contract.confirmBy()));
        return true;
    }

    /** Contracts past their due date, undelivered and not flagged yet: each goes to {@link #flagOverdue(Long)}. */
    @PermitAll
    public List<Long> overdueUnflagged() {
        return em.createQuery("SELECT c.id FROM Contract c WHERE c.status = :inService AND c.dueDate < :today"
                        + " AND c.overdueSince IS NULL ORDER BY c.id", Long.class)
                .setParameter("inService", ContractStatus.IN_SERVICE).setParameter("today", LocalDate.now(clock)).getResultList();
    }

    /** Flags one contract overdue, once, with one MINOR violation, in its own transaction; false when already flagged or delivered. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean flagOverdue(@NotNull Long contractId) {
        Contract contract = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null || !contract.flagOverdue(LocalDate.now(clock))) {
            return false;
        }
        timeline("CONTRACT_OVERDUE", contract, StoredText.facts("contract", contract.id(), "due", contract.dueDate()));
        // Kept as a code and facts, as a lapse's reason is: the inbox and the profile show it in the reader's language.
        creditRecords.recordRuleViolation(contract.agencyId(), Severity.MINOR, ViolationSource.OVERDUE, contract.id(),
                StoredText.of("overdue", "contract", contract.id(), "due", contract.dueDate()).encode());
        notifyParties(contract, NotificationKind.CONTRACT_OVERDUE, link(contract), contract.dueDate().toString());
        return true;
    }

    /** Accepted contracts the owner did not rate within the rating period: each goes to {@link #rateByDefault(Long)}. */
    @PermitAll
    public List<Long> unratedInTime() {
        return em.createQuery("SELECT c.id FROM Contract c WHERE c.status = :accepted AND c.ratingDue < :now ORDER BY c.id", Long.class)
                .setParameter("accepted", ContractStatus.ACCEPTED).setParameter("now", clock.instant()).getResultList();
    }

    /** Rates one contract 4 in each dimension, marked default, in its own transaction; false when the owner rated it meanwhile. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean rateByDefault(@NotNull Long contractId) {
        Contract contract = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (contract == null || contract.status() != ContractStatus.ACCEPTED || !contract.ratingDue().isBefore(now)) {
            return false;
        }
        rating(contract, Rating.byDefault(contract, now), SYSTEM);
        return true;
    }

    private Contract ownAsAgency(Long contractId) {
        Contract contract = locked(contractId);
        if (!membership.isOwnOrganisation(contract.agencyId())) {
            throw new NotFoundException("contract", contractId);
        }
        return contract;
    }

    private Contract ownAsOwner(Long contractId) {
        Contract contract = locked(contractId);
        if (!membership.isOwnOrganisation(contract.ownerOrganisationId())) {
            throw new NotFoundException("contract", contractId);
        }
        return contract;
    }

    private Contract locked(Long contractId) {
        Contract contract = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw new NotFoundException("contract", contractId);
        }
        return contract;
    }

    private void notifyParties(Contract contract, NotificationKind kind, String link, String... params) {
        inbox.postAbout(contract.need(), contract.ownerOrganisationId(), kind, link, params);
        inbox.postAbout(contract.need(), contract.agencyId(), kind, link, params);
    }

    private void timeline(String action, Contract contract, StoredText detail) {
        String actor = caller.name();
        audit.recordAs(Caller.ANONYMOUS.equals(actor) ? SYSTEM : actor, action, "Need", contract.need().id(), detail);
    }

    private static String link(Contract contract) {
        return "/account/contract.xhtml?id=" + contract.id();
    }
}
