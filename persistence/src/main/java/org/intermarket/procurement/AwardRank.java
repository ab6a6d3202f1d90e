package org.intermarket.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bid as the selection weighed it: its place, its offer and its scores then. Kept on the award, so the result
 * notice stays what the selection saw even after the bids are weighed again for another award.
 */
@Embeddable
public class AwardRank {

    @Column(nullable = false)
    private int place;

    @Column(name = "bid_id", nullable = false)
    private Long bidId;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(nullable = false)
    private BigDecimal price;

    @Column(name = "service_days", nullable = false)
    private int serviceDays;

    @Column(name = "plan_score")
    private BigDecimal planScore;

    @Column(name = "total_score")
    private BigDecimal totalScore;

    protected AwardRank() {
    }

    public AwardRank(int place, Long bidId, Long agencyId, BigDecimal price, int serviceDays, BigDecimal planScore, BigDecimal totalScore) {
        this.place = place;
        this.bidId = Objects.requireNonNull(bidId);
        this.agencyId = Objects.requireNonNull(agencyId);
        this.price = Objects.requireNonNull(price);
        this.serviceDays = serviceDays;
        this.planScore = planScore;
        this.totalScore = totalScore;
    }

    /** The bid as it stands now (its offer and the scores the selection gave it) at {@code place}. */
    public static AwardRank of(int place, Bid bid) {
        return new AwardRank(place, bid.id(), bid.agencyId(), bid.price(), bid.serviceDays(), bid.planScore(), bid.totalScore());
    }

    public int place() {
        return place;
    }

    public Long bidId() {
        return bidId;
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

    public BigDecimal planScore() {
        return planScore;
    }

    public BigDecimal totalScore() {
        return totalScore;
    }
}
