package org.intermarket.procurement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.StoredText;

/**
 * An owner's request for one service item on one project, and its way through the market.
 * Every change of state goes through a method here that checks the state it starts from.
 *
 * <p>The need's columns are its present: the terms now in force, the current round, the award standing now, what
 * lists, locks and timers read. Its past is kept by the aggregate's {@link Round}s and {@link Award}s, which these
 * same transitions write and only ever end, never overwrite.
 */
@Entity
@Table(name = "need")
public class Need {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Eager: a need is never shown without its project and owner. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "item_code", nullable = false)
    private String itemCode;

    /** The terms in force: as drafted, then as amended or republished. */
    @Embedded
    private ServiceTerms terms;

    @Column(nullable = false)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedStatus status;

    @Column(name = "bid_round", nullable = false)
    private int round;

    @Column(name = "failed_rounds", nullable = false)
    private int failedRounds;

    @Column(name = "bid_deadline", nullable = false)
    private Instant bidDeadline;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "draw_seed")
    private String drawSeed;

    @Column(name = "draw_commitment")
    private String drawCommitment;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "winning_bid_id")
    private Long winningBidId;

    @Column(name = "selected_at")
    private Instant selectedAt;

    @Column(name = "notice_ends_at")
    private Instant noticeEndsAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The abnormally-low-bid rule the current round went out on (its {@link Round} keeps it as published too). */
    @Embedded
    private LowBidRule lowBidRule;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "need", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<Round> rounds = new ArrayList<>();

    @OneToMany(mappedBy = "need", cascade = CascadeType.PERSIST)
    @OrderBy("selectedAt, id")
    private List<Award> awards = new ArrayList<>();

    protected Need() {
    }

    public static Need draft(Project project, NeedTerms terms, Instant now) {
        Need need = new Need();
        need.project = Objects.requireNonNull(project);
        need.status = NeedStatus.DRAFT;
        need.round = 1;
        need.createdAt = now;
        need.apply(terms);
        return need;
    }

    /** Changes the owner's terms of a draft. */
    public void revise(NeedTerms terms) {
        requireDraft();
        apply(terms);
    }

    /** Only a draft, never seen by anyone but its owner, may be revised freely or deleted. */
    public void requireDraft() {
        require(NeedStatus.DRAFT, "procurement.not-draft", "only a draft can be changed this way");
    }

    /**
     * Opens the need for bids. For a random draw, the commitment SHA-256(seed) is published now;
     * the seed stays secret until the deadline.
     */
    public void publish(Instant now, Duration minBiddingPeriod, String seed, String commitment, LowBidRule lowBidRule) {
        if (status != NeedStatus.DRAFT && status != NeedStatus.FAILED) {
            throw new ConflictException("procurement.not-publishable", "only a draft or a failed need can be published (status is " + status + ")");
        }
        Instant earliest = now.plus(minBiddingPeriod);
        if (!bidDeadline.isAfter(now)) {
            throw new ConflictException("procurement.deadline-in-past", "the bid deadline " + bidDeadline + " has passed; it must be at least "
                    + minBiddingPeriod + " after publishing, " + earliest + " or later", minBiddingPeriod, earliest).about("bidDeadline");
        }
        if (bidDeadline.isBefore(earliest)) {
            throw new ConflictException("procurement.deadline-too-soon", "the bid deadline must be at least " + minBiddingPeriod
                    + " after publishing, " + earliest + " or later", minBiddingPeriod, earliest).about("bidDeadline");
        }
        if (status == NeedStatus.FAILED) {
            round++;
            winningBidId = null;
        }
        status = NeedStatus.PUBLISHED;
        publishedAt = now;
        closedAt = null;
        statusReason = null;
        drawSeed = seed;
        drawCommitment = commitment;
        this.lowBidRule = lowBidRule == null ? null : lowBidRule.copy();
        rounds.add(Round.opened(this, now, lowBidRule));
    }

    /** A failed need goes out again as a new round, with a new deadline and, if the owner wishes, a new method. */
    public void prepareRepublish(Instant newDeadline, SelectionMethod newMethod, NeedTerms.Weights weights) {
        require(NeedStatus.FAILED, "procurement.not-failed", "only a failed need can be republished");
        bidDeadline = Objects.requireNonNull(newDeadline);
        if (newMethod != null) {
            terms = terms.selectedBy(newMethod, weights);
        }
    }

    /**
     * Changes a published need before its deadline. The deadline then leaves at least
     * {@code minRemaining}; returns what changed, for the public record.
     */
    public StoredText amend(String newScope, Integer newServiceDays, BigDecimal newCeiling, Instant newDeadline, Instant now,
                            Duration minRemaining) {
        require(NeedStatus.PUBLISHED, "procurement.not-published", "only a published need can be amended");
        if (!now.isBefore(bidDeadline)) {
            throw new ConflictException("procurement.deadline-passed", "the deadline has passed; the need can no longer be amended");
        }
        List<Object> changes = new ArrayList<>();
        String scope = null;
        Integer serviceDays = null;
        BigDecimal ceiling = null;
        if (newScope != null && !newScope.equals(terms.scope())) {
            changes.addAll(List.of("scopeChanged", true));
            scope = newScope;
        }
        if (newServiceDays != null && newServiceDays != terms.serviceDays()) {
            changes.addAll(List.of("daysBefore", terms.serviceDays(), "days", newServiceDays));
            serviceDays = newServiceDays;
        }
        BigDecimal ceilingBefore = terms.ceilingPrice();
        if (newCeiling != null && (ceilingBefore == null || newCeiling.compareTo(ceilingBefore) != 0)) {
            changes.addAll(ceilingBefore == null ? List.of("ceiling", newCeiling) : List.of("ceilingBefore", ceilingBefore, "ceiling", newCeiling));
            ceiling = newCeiling;
        }
        terms = terms.amended(scope, serviceDays, ceiling);
        Instant earliest = now.plus(minRemaining);
        Instant wanted = newDeadline == null ? bidDeadline : newDeadline;
        Instant deadline = wanted.isBefore(earliest) ? earliest : wanted;
        if (!deadline.equals(bidDeadline)) {
            changes.addAll(List.of("deadlineBefore", bidDeadline, "deadline", deadline));
            bidDeadline = deadline;
        }
        return changes.isEmpty() ? StoredText.facts("termsUnchanged", true) : StoredText.facts(changes.toArray());
    }

    public void cancel(String reason, Instant now) {
        require(NeedStatus.PUBLISHED, "procurement.not-published", "only a published need can be cancelled");
        if (!now.isBefore(bidDeadline)) {
            throw new ConflictException("procurement.deadline-passed", "the deadline has passed; the need can no longer be cancelled");
        }
        status = NeedStatus.CANCELLED;
        statusReason = Objects.requireNonNull(reason);
        currentRound().cancelled(reason, now);
    }

    /** Whether a bid stored at {@code now} is in time: strictly before the deadline, on the server's clock. */
    public boolean openForBidsAt(Instant now) {
        return status == NeedStatus.PUBLISHED && now.isBefore(bidDeadline);
    }

    /**
     * Closes bidding once the deadline has passed; true when this call changed anything, so a
     * timer that fires twice or late does no harm.
     */
    public boolean close(int validBids, Instant now) {
        if (status != NeedStatus.PUBLISHED || now.isBefore(bidDeadline)) {
            return false;
        }
        closedAt = now;
        int minimum = terms.method().minimumBids();
        if (validBids < minimum) {
            failRound(StoredText.of("tooFewBids", "bids", validBids, "minimum", minimum).encode(), now);
        } else {
            status = NeedStatus.BIDDING_CLOSED;
            currentRound().closed(now);
        }
        return true;
    }

    /** Marks the abnormally low among the round's valid bids, once, right after bidding closed with enough of them. */
    public List<LowBid> markLowBids(List<Bid> valid, Instant now) {
        require(NeedStatus.BIDDING_CLOSED, "procurement.not-closed", "bids are marked when bidding closes");
        return currentRound().markLowBids(valid, now);
    }

    /**
     * Before selection: refuses while a marked bid's case is open, lapses those left unexplained too long, and
     * says which bids stay out of this round's selection.
     */
    public LowBidScreening screenLowBids(Instant now) {
        requireSelectable();
        return currentRound().screenLowBids(now);
    }

    /** The rule the current round went out on; none for a draft or a round published before there was one. */
    public Optional<LowBidRule> lowBidRule() {
        return Optional.ofNullable(lowBidRule);
    }

    /** The marks of the current round. */
    public List<LowBid> lowBids() {
        return rounds.isEmpty() ? List.of() : rounds.get(rounds.size() - 1).lowBids();
    }

    /**
     * Only a need whose bidding has closed is selected on: a winner chosen, or the round failed because too few of
     * its bids are still valid. Selection asks this before it reads a single bid, so that a refused selection tells
     * the owner nothing about bids that are still sealed.
     */
    public void requireSelectable() {
        require(NeedStatus.BIDDING_CLOSED, "procurement.not-closed", "a winner can only be chosen once bidding has closed");
    }

    /** 流标 at selection: bidding closed with enough bids, but too few of them are still valid. */
    public void fail(String reason, Instant now) {
        requireSelectable();
        failRound(reason, now);
    }

    /**
     * The winner is chosen: the result notice goes up and the objection period starts. {@code ranking} is every bid
     * the selection weighed, in its order; the winner is one of them.
     */
    public Award award(Long bidId, List<AwardRank> ranking, Instant now, Duration noticePeriod) {
        requireSelectable();
        AwardRank winner = ranking.stream().filter(rank -> rank.bidId().equals(bidId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("bid " + bidId + " is not among the bids the selection weighed"));
        winningBidId = bidId;
        selectedAt = now;
        noticeEndsAt = now.plus(noticePeriod);
        status = NeedStatus.NOTICE;
        // Why an earlier award fell is that award's record now, not the state of the need.
        statusReason = null;
        Award award = Award.chosen(this, winner, ranking, now, noticeEndsAt);
        awards.add(award);
        return award;
    }

    /** Whether a bidder may still object at {@code now}: the notice is up and its period has not ended. */
    public boolean openForObjectionsAt(Instant now) {
        return status == NeedStatus.NOTICE && now.isBefore(noticeEndsAt);
    }

    /**
     * The award is annulled (an upheld objection, or a winner that did not sign): the need goes
     * back to selection (or, failing that, to republishing).
     */
    public void annulAward(AwardEnding how, Long objectionId, String reason, Instant now) {
        require(NeedStatus.NOTICE, "procurement.not-notice", "only an award under notice can be annulled");
        standingAward().orElseThrow(() -> new IllegalStateException("need " + id + " is under notice without an award"))
                .end(how, objectionId, reason, now);
        status = NeedStatus.BIDDING_CLOSED;
        winningBidId = null;
        selectedAt = null;
        noticeEndsAt = null;
        statusReason = reason;
    }

    /*
     * The stages of delivery follow the need's contract, so the public list shows how far a need has come. Only the
     * contract calls these, from its own transitions; each checks the stage it starts from, so a need and its
     * contract cannot drift apart unnoticed.
     */

    /** The winner confirmed the contract: the result notice is over and the service runs. */
    public void contracted() {
        requireStage("a contract is confirmed after the result notice", NeedStatus.NOTICE);
        status = NeedStatus.CONTRACTED;
    }

    /** A deliverable arrived, the first or one handed in again after a rejection. */
    public void delivered() {
        requireStage("deliverables are handed in once the contract is confirmed", NeedStatus.CONTRACTED, NeedStatus.DELIVERED);
        status = NeedStatus.DELIVERED;
    }

    /** The owner sent the deliverables back: the service runs again. */
    public void deliveryRejected() {
        requireStage("only delivered work can be rejected", NeedStatus.DELIVERED);
        status = NeedStatus.CONTRACTED;
    }

    public void accepted() {
        requireStage("only delivered work can be accepted", NeedStatus.DELIVERED);
        status = NeedStatus.ACCEPTED;
    }

    public void rated() {
        requireStage("only accepted work is rated, once", NeedStatus.ACCEPTED);
        status = NeedStatus.RATED;
    }

    /** After a failed round, DIRECT selection is allowed whatever the ceiling. */
    public boolean directAllowedAfterFailures() {
        return failedRounds >= 2;
    }

    private void apply(NeedTerms drafted) {
        itemCode = drafted.itemCode();
        terms = ServiceTerms.of(drafted);
        bidDeadline = drafted.bidDeadline();
        contact = drafted.contact();
    }

    /** A round ends without a winner; the owner may republish it. */
    private void failRound(String reason, Instant now) {
        status = NeedStatus.FAILED;
        failedRounds++;
        statusReason = reason;
        currentRound().failed(reason, now);
    }

    private Round currentRound() {
        if (rounds.isEmpty() || rounds.get(rounds.size() - 1).number() != round) {
            throw new IllegalStateException("need " + id + " has no record of its round " + round);
        }
        return rounds.get(rounds.size() - 1);
    }

    private void require(NeedStatus expected, String code, String message) {
        if (status != expected) {
            throw new ConflictException(code, message + " (status is " + status + ")");
        }
    }

    private void requireStage(String message, NeedStatus... from) {
        if (!List.of(from).contains(status)) {
            throw new ConflictException("procurement.out-of-step", message + " (status is " + status + ")");
        }
    }

    public NeedTerms.Weights weights() {
        return terms.weights();
    }

    public ServiceTerms terms() {
        return terms;
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public String itemCode() {
        return itemCode;
    }

    public String scope() {
        return terms.scope();
    }

    public int serviceDays() {
        return terms.serviceDays();
    }

    public BigDecimal ceilingPrice() {
        return terms.ceilingPrice();
    }

    public String qualificationRequired() {
        return terms.qualificationRequired();
    }

    public SelectionMethod method() {
        return terms.method();
    }

    public String contact() {
        return contact;
    }

    public NeedStatus status() {
        return status;
    }

    public int round() {
        return round;
    }

    public int failedRounds() {
        return failedRounds;
    }

    public Instant bidDeadline() {
        return bidDeadline;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** Revealed only once bidding has closed; before that the commitment alone is public. */
    public String drawSeed() {
        return drawSeed;
    }

    public String drawCommitment() {
        return drawCommitment;
    }

    public String statusReason() {
        return statusReason;
    }

    public Long winningBidId() {
        return winningBidId;
    }

    /** Every round so far, the first first; none for a draft. */
    public List<Round> rounds() {
        return List.copyOf(rounds);
    }

    /** Every award so far, in the order they were made, standing or fallen. */
    public List<Award> awards() {
        return List.copyOf(awards);
    }

    /** The award in force now: the last one, unless it has fallen. */
    public Optional<Award> standingAward() {
        return awards.isEmpty() ? Optional.empty() : Optional.of(awards.get(awards.size() - 1)).filter(Award::standing);
    }

    public Instant selectedAt() {
        return selectedAt;
    }

    public Instant noticeEndsAt() {
        return noticeEndsAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
