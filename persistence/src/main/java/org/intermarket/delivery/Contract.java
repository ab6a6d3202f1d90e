package org.intermarket.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.intermarket.procurement.AwardEnding;
import org.intermarket.procurement.Bid;
import org.intermarket.procurement.Need;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.StoredText;

/**
 * The contract between a need's owner and its winner, at the winning price. Each transition
 * checks the state it starts from, so a double click or a second node changes nothing twice,
 * and moves the need to the matching stage: no one else moves a need through delivery. The need
 * moves before the contract changes, so a need out of step refuses and leaves both as they were.
 */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id")
    private Need need;

    @Column(name = "bid_id", nullable = false)
    private Long bidId;

    @Column(name = "owner_organisation_id", nullable = false)
    private Long ownerOrganisationId;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal price;

    @Column(name = "service_days", nullable = false)
    private int serviceDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractStatus status;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "confirm_by", nullable = false)
    private Instant confirmBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "rating_due")
    private Instant ratingDue;

    @Column(name = "status_reason")
    private String statusReason;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Contract() {
    }

    /** The owner signs with the winning bid; the winner must confirm by {@code confirmBy}. */
    public Contract(Need need, Bid winner, Instant now, Instant confirmBy) {
        this.need = Objects.requireNonNull(need);
        this.bidId = winner.id();
        this.ownerOrganisationId = need.project().ownerOrganisationId();
        this.agencyId = winner.agencyId();
        this.price = winner.price();
        this.serviceDays = winner.serviceDays();
        this.signedAt = Objects.requireNonNull(now);
        this.confirmBy = Objects.requireNonNull(confirmBy);
        this.status = ContractStatus.AWAITING_CONFIRMATION;
    }

    /** The winner confirms: the service time limit starts on the day of confirmation, in the market's zone. */
    public void confirm(Instant now, ZoneId zone) {
        require(ContractStatus.AWAITING_CONFIRMATION, "delivery.not-awaiting-confirmation", "the contract is not waiting for confirmation");
        if (now.isAfter(confirmBy)) {
            throw new ConflictException("delivery.signing-period-over", "the signing period ended at " + confirmBy, confirmBy);
        }
        need.contracted();
        confirmedAt = now;
        dueDate = LocalDate.ofInstant(now, zone).plusDays(serviceDays);
        status = ContractStatus.IN_SERVICE;
    }

    /**
     * Declined by the winner, or not confirmed in time: the award is annulled, and the need goes back to selection
     * with the reason it lapsed. The winner's bid is forfeited by the caller, which holds it.
     */
    public void lapse(StoredText reason, Instant now) {
        require(ContractStatus.AWAITING_CONFIRMATION, "delivery.not-awaiting-confirmation", "the contract is not waiting for confirmation");
        need.annulAward(AwardEnding.CONTRACT_LAPSED, null, StoredText.of("contractLapsed", "contract", id).and(reason).encode(), now);
        status = ContractStatus.LAPSED;
        statusReason = reason.encode();
    }

    /** A deliverable arrived: the contract waits for the owner (again). */
    public void deliver(Instant now) {
        if (status != ContractStatus.IN_SERVICE && status != ContractStatus.DELIVERED) {
            throw new ConflictException("delivery.not-in-service", "deliverables are handed in while the contract is in service (status is "
                    + status + ")");
        }
        need.delivered();
        deliveredAt = now;
        status = ContractStatus.DELIVERED;
    }

    public void accept(Instant now, Duration ratingPeriod) {
        require(ContractStatus.DELIVERED, "delivery.not-delivered", "there is nothing delivered to decide on");
        need.accepted();
        acceptedAt = now;
        ratingDue = now.plus(ratingPeriod);
        statusReason = null;
        status = ContractStatus.ACCEPTED;
    }

    /** Sent back to the agency, which delivers again; the due date does not move. */
    public void reject(String reason) {
        require(ContractStatus.DELIVERED, "delivery.not-delivered", "there is nothing delivered to decide on");
        Objects.requireNonNull(reason);
        need.deliveryRejected();
        statusReason = reason;
        status = ContractStatus.IN_SERVICE;
    }

    public void rated() {
        require(ContractStatus.ACCEPTED, "delivery.not-accepted", "only an accepted contract is rated, once");
        need.rated();
        status = ContractStatus.RATED;
    }

    /**
     * Flags the contract overdue on {@code today} if it is past due and undelivered; true only
     * the first time, so the daily timer records one violation per contract.
     */
    public boolean flagOverdue(LocalDate today) {
        if (overdueSince != null || status != ContractStatus.IN_SERVICE || dueDate == null || !today.isAfter(dueDate)) {
            return false;
        }
        overdueSince = today;
        return true;
    }

    private void require(ContractStatus expected, String code, String message) {
        if (status != expected) {
            throw new ConflictException(code, message + " (status is " + status + ")");
        }
    }

    public Long id() {
        return id;
    }

    public Need need() {
        return need;
    }

    public Long bidId() {
        return bidId;
    }

    public Long ownerOrganisationId() {
        return ownerOrganisationId;
    }

    public Long agencyId() {
        return agencyId;
    }

    public BigDecimal price() {
        return price;
    }

    public int serviceDays() {
        return serviceDays;
    }

    public ContractStatus status() {
        return status;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public Instant confirmBy() {
        return confirmBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate overdueSince() {
        return overdueSince;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant ratingDue() {
        return ratingDue;
    }

    public String statusReason() {
        return statusReason;
    }

    public boolean isParty(Long organisationId) {
        return ownerOrganisationId.equals(organisationId) || agencyId.equals(organisationId);
    }
}
