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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.intermarket.files.StoredFile;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.Sha256;

/**
 * An agency's sealed offer on one round of a need. One row per agency and round: a replacement
 * rewrites it, a withdrawal marks it, and the unique constraint keeps one live bid per agency.
 *
 * <p>Which bids count is decided here once, in the named queries below; services use them instead of spelling the
 * rule out again.
 */
@Entity
@Table(name = "bid")
@NamedQuery(name = Bid.FIND_LIVE_BY_NEED, query = "SELECT b FROM Bid b WHERE b.need = :need AND " + Bid.LIVE + " ORDER BY b.id")
@NamedQuery(name = Bid.FIND_COUNTING_BY_NEED,
        query = "SELECT b FROM Bid b LEFT JOIN FETCH b.planFile WHERE b.need = :need AND " + Bid.COUNTS + " ORDER BY b.id")
@NamedQuery(name = Bid.COUNT_COUNTING_BY_NEED, query = "SELECT COUNT(b) FROM Bid b WHERE b.need = :need AND " + Bid.COUNTS)
@NamedQuery(name = Bid.COUNT_COUNTING_BY_NEEDS,
        query = "SELECT b.need.id, COUNT(b) FROM Bid b WHERE b.need.id IN :needs AND " + Bid.COUNTS + " GROUP BY b.need.id")
@NamedQuery(name = Bid.COUNT_COUNTING_BY_NEED_AND_AGENCY,
        query = "SELECT COUNT(b) FROM Bid b WHERE b.need = :need AND b.agencyId = :agency AND " + Bid.COUNTS)
@NamedQuery(name = Bid.FIND_COUNTED_BY_NEEDS, query = "SELECT b.need.id, b.id, b.round, b.agencyId, b.price FROM Bid b"
        + " WHERE b.need.id IN :needs AND " + Bid.COUNTED + " ORDER BY b.id")
public class Bid {

    /** Live bids of the need's current round, confirmed or not: every agency that must hear of a change to the need. */
    public static final String FIND_LIVE_BY_NEED = "Bid.findLiveByNeed";

    /** The bids that count on the need now, each with its plan file: what selection weighs and the owner reads. */
    public static final String FIND_COUNTING_BY_NEED = "Bid.findCountingByNeed";

    /** How many bids count on the need now: whether its round closes or fails. */
    public static final String COUNT_COUNTING_BY_NEED = "Bid.countCountingByNeed";

    /** Rows of (need id, how many bids count on it now) for the needs {@code :needs}: the public bid counts of a list. */
    public static final String COUNT_COUNTING_BY_NEEDS = "Bid.countCountingByNeeds";

    /** Whether the agency's bid counts on the need now: only such a bidder may object to the result. */
    public static final String COUNT_COUNTING_BY_NEED_AND_AGENCY = "Bid.countCountingByNeedAndAgency";

    /**
     * Rows of (need id, bid id, round, agency id, price) of every bid that counted in any round of the needs
     * {@code :needs}, for the open-data record of each round.
     */
    public static final String FIND_COUNTED_BY_NEEDS = "Bid.findCountedByNeeds";

    /** In the race: live in the need's current round. An earlier round's bids stay LIVE but are out of it. */
    static final String LIVE = "b.round = b.need.round AND b.status = org.intermarket.procurement.BidStatus.LIVE";

    /** After an amendment a bid counts only once its agency confirms it again, before the deadline. */
    static final String CONFIRMED = "b.confirmed = TRUE";

    /** A bid that counts: in the race and confirmed. */
    static final String COUNTS = LIVE + " AND " + CONFIRMED;

    /**
     * A bid that counted in its own round: not withdrawn and confirmed. A later round, or a win forfeited by an
     * unsigned contract, takes it out of the race but not out of the record of the round it stood in.
     */
    static final String COUNTED = "b.status <> org.intermarket.procurement.BidStatus.WITHDRAWN AND " + CONFIRMED;

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
    private BigDecimal price;

    @Column(name = "service_days", nullable = false)
    private int serviceDays;

    @Column(nullable = false)
    private String plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_file_id")
    private StoredFile planFile;

    @Column(name = "source_ip")
    private String sourceIp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BidStatus status;

    @Column(name = "first_submitted_at", nullable = false)
    private Instant firstSubmittedAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** False after an amendment of the need, until the agency confirms the bid again. */
    @Column(nullable = false)
    private boolean confirmed = true;

    @Column(name = "plan_score")
    private BigDecimal planScore;

    @Column(name = "total_score")
    private BigDecimal totalScore;

    /** The receipt (回执) of the latest submission: the number of the audit entry that recorded it… */
    @Column(name = "receipt_no")
    private Long receiptNo;

    /** …and the SHA-256 of the sealed offer it recorded. */
    @Column(name = "offer_sha256")
    private String offerSha256;

    /** When the server stored the latest change, on its own clock: later than the receipt time when the bid queued. */
    @Column(name = "changed_at")
    private Instant changedAt;

    protected Bid() {
    }

    public Bid(Need need, Long agencyId, Offer offer, String sourceIp, Instant receivedAt) {
        this.need = Objects.requireNonNull(need);
        this.round = need.round();
        this.agencyId = Objects.requireNonNull(agencyId);
        this.firstSubmittedAt = receivedAt;
        replace(offer, sourceIp, receivedAt);
    }

    /**
     * A new offer in place of the old one (or of a withdrawn one); the first submission time is kept for tie-breaks.
     * {@code receivedAt} is when the server received the offer, the moment the deadline judges.
     */
    public void replace(Offer offer, String sourceIp, Instant receivedAt) {
        if (status == BidStatus.FORFEITED) {
            throw new ConflictException("procurement.bid-not-live", "a forfeited bid is out of the need for good");
        }
        price = offer.price();
        serviceDays = offer.serviceDays();
        plan = offer.plan();
        this.sourceIp = sourceIp;
        status = BidStatus.LIVE;
        confirmed = true;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = receivedAt;
        }
        submittedAt = receivedAt;
    }

    /** The need changed under this bid: it counts again only once its agency confirms it. */
    public void requireConfirmation() {
        requireLive();
        confirmed = false;
    }

    /** Confirmed again after an amendment, or once more without one: either way the bid counts as it stands. */
    public void confirm(Instant now) {
        requireLive();
        confirmed = true;
        submittedAt = now;
    }

    public boolean confirmed() {
        return confirmed;
    }

    public void withdraw(Instant received, Instant storedAt) {
        requireLive();
        status = BidStatus.WITHDRAWN;
        submittedAt = received;
        changedAt = storedAt;
    }

    /** The winner did not confirm its contract. */
    public void forfeit() {
        requireLive();
        status = BidStatus.FORFEITED;
    }

    /**
     * BidService answers the agency's own bid that is no longer live as missing before it gets here; this check keeps
     * any other caller (a contract lapsing, an amendment) from moving a withdrawn or forfeited bid.
     */
    private void requireLive() {
        if (status != BidStatus.LIVE) {
            throw new ConflictException("procurement.bid-not-live", "the bid is no longer live (status is " + status + ")");
        }
    }

    /**
     * The SHA-256 of the sealed offer as it stands: price, service days, plan and the plan file's own SHA-256, joined
     * by "|". What the audit entry of a submission records and its receipt repeats, never the offer itself.
     */
    public String sealedOfferSha256() {
        return Sha256.hex(price.toPlainString() + "|" + serviceDays + "|" + plan + "|" + (planFile == null ? "" : planFile.sha256()));
    }

    /** The submission just recorded by audit entry {@code auditEntry}, of this sealed offer hash, gets its receipt. */
    public void issueReceipt(long auditEntry, String sealedOffer, Instant storedAt) {
        receiptNo = auditEntry;
        offerSha256 = sealedOffer;
        changedAt = storedAt;
    }

    public Long receiptNo() {
        return receiptNo;
    }

    public String offerSha256() {
        return offerSha256;
    }

    public void attachPlan(StoredFile file) {
        planFile = file;
    }

    public void score(BigDecimal planScore, BigDecimal totalScore) {
        this.planScore = planScore;
        this.totalScore = totalScore;
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

    public BigDecimal price() {
        return price;
    }

    public int serviceDays() {
        return serviceDays;
    }

    public String plan() {
        return plan;
    }

    public StoredFile planFile() {
        return planFile;
    }

    public String sourceIp() {
        return sourceIp;
    }

    public BidStatus status() {
        return status;
    }

    public Instant firstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public BigDecimal planScore() {
        return planScore;
    }

    public BigDecimal totalScore() {
        return totalScore;
    }

    /** Price, time limit and plan of a bid. */
    public record Offer(BigDecimal price, int serviceDays, String plan) {
    }
}
