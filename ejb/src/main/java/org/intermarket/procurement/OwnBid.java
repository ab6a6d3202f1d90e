package org.intermarket.procurement;

import java.math.BigDecimal;
import java.time.Instant;

/** One of the caller agency's bids as its workspace lists it: the need it is on, the offer's price and receipt, and its state. */
public record OwnBid(Long bidId, Long needId, int round, String projectName, String itemCode, Instant bidDeadline, BigDecimal price,
                     Long receiptNo, Instant submittedAt, BidState state) {

    /** The JPQL constructor: the state arrives as the name {@link BidState#OF_BID_AND_NEED} gives it. */
    public OwnBid(Long bidId, Long needId, Integer round, String projectName, String itemCode, Instant bidDeadline, BigDecimal price,
                  Long receiptNo, Instant submittedAt, String state) {
        this(bidId, needId, round, projectName, itemCode, bidDeadline, price, receiptNo, submittedAt, BidState.valueOf(state));
    }
}
