package org.intermarket.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One bid-rigging signal: what kind, the needs and bids behind it, the two agencies, the evidence
 * and, once a supervisor has looked at it, their review.
 *
 * @param round the need's round, for a signal about two bids; null for a pair of agencies
 * @param needs the need of the two bids, or every need the pair bid on together, newest first
 * @param bids the two bids, or the pair's bids on those needs
 */
public record Signal(String key, SignalKind kind, Integer round, List<NeedRef> needs, List<AgencyRef> agencies, List<BidRef> bids,
                     Evidence evidence, Review review) {

    public boolean reviewed() {
        return review != null;
    }

    Signal reviewedAs(Review review) {
        return new Signal(key, kind, round, needs, agencies, bids, evidence, review);
    }

    public record NeedRef(Long id, String projectName, String itemCode) {
    }

    /** @param wins how many of the shared needs the agency won; only for a pair of agencies */
    public record AgencyRef(Long id, String name, Integer wins) {
    }

    /** @param won the bid is its need's current winner */
    public record BidRef(Long id, Long needId, int round, Long agencyId, BigDecimal price, boolean won) {
    }

    /**
     * What the agencies have in common; only the field of the signal's kind is set.
     *
     * @param priceGapPercent the difference of the two prices as a percentage of the lower one, two decimals
     * @param sharedNeeds on how many needs the pair bid together
     */
    public record Evidence(String phone, String sourceIp, String planFileSha256, BigDecimal priceGapPercent, Integer sharedNeeds) {
    }

    public record Review(String comment, String reviewedBy, Instant reviewedAt) {
    }
}
