package org.intermarket.procurement;

import java.util.List;

/** What the low-bid screening before selection found: the bids that stay out of it, and the cases that lapsed just now. */
public record LowBidScreening(List<Long> excludedBidIds, List<LowBid> lapsedNow) {
}
