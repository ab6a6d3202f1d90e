package org.intermarket.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The result notice (结果公示): the method, every valid bidder with its price (and score), the
 * winner, and for a random draw the commitment, the revealed seed and the exact draw input; the abnormally-low-bid rule
 * the round went out on, the bids it marked and how each case ended.
 */
public record Notice(Long needId, SelectionMethod method, List<Entry> bids, Entry winner, String drawCommitment, String drawSeed,
                     String drawInput, Instant selectedAt, Instant noticeEndsAt, LowBidRule lowBidRule, List<LowBidCase> lowBids) {

    public record Entry(Long bidId, Long agencyId, String agencyName, BigDecimal price, Integer serviceDays, BigDecimal planScore,
                        BigDecimal totalScore) {
    }
}
