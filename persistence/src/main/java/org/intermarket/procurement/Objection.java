package org.intermarket.procurement;

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
import java.time.Instant;
import java.util.Objects;
import org.intermarket.shared.ConflictException;

/**
 * A bidder's objection (异议) to a result notice, or to the owner's rejection of its abnormally low bid's explanation
 * ({@link #lowBidId} names the case), and a supervisor's decision on it. A bidder may file one of each per round.
 */
@Entity
@Table(name = "objection")
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id")
    private Need need;

    @Column(name = "bid_round", nullable = false)
    private int round;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(nullable = false)
    private String grounds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObjectionStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    /** RESULT, or LOW_BID for an objection to a rejected explanation; the database keeps one of each per bidder and round. */
    @Column(nullable = false)
    private String subject = RESULT;

    @Column(name = "low_bid_id")
    private Long lowBidId;

    private static final String RESULT = "RESULT";
    private static final String LOW_BID = "LOW_BID";

    protected Objection() {
    }

    public Objection(Need need, Long agencyId, String grounds, Instant now) {
        this.need = Objects.requireNonNull(need);
        this.round = need.round();
        this.agencyId = Objects.requireNonNull(agencyId);
        this.grounds = Objects.requireNonNull(grounds);
        this.createdAt = Objects.requireNonNull(now);
        this.status = ObjectionStatus.PENDING;
    }

    /** The agency objects to the rejection of its explanation, which must stand. */
    public static Objection againstRejection(Need need, LowBid rejected, String grounds, Instant now) {
        if (!rejected.rejectionStands()) {
            throw new ConflictException("procurement.low-bid-not-rejected", "only a rejection that stands can be objected to");
        }
        Objection objection = new Objection(need, rejected.agencyId(), grounds, now);
        objection.subject = LOW_BID;
        objection.lowBidId = rejected.id();
        return objection;
    }

    public void decide(ObjectionStatus outcome, String reason, String supervisor, Instant now) {
        if (status != ObjectionStatus.PENDING) {
            throw new ConflictException("procurement.objection-decided", "objection " + id + " was already " + status);
        }
        if (outcome == ObjectionStatus.PENDING) {
            throw new IllegalArgumentException("a decision is UPHELD or DISMISSED");
        }
        status = outcome;
        decisionReason = Objects.requireNonNull(reason);
        decidedBy = supervisor;
        decidedAt = now;
    }

    public Long id() {
        return id;
    }

    public Need need() {
        return need;
    }

    public int round() {
        return round;
    }

    public Long agencyId() {
        return agencyId;
    }

    public String grounds() {
        return grounds;
    }

    public ObjectionStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionReason() {
        return decisionReason;
    }

    /** The low-bid case objected to, or null for an objection to the result. */
    public Long lowBidId() {
        return lowBidId;
    }
}
