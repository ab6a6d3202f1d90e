package org.intermarket.supervision;

/** An agency whose bids were marked abnormally low again and again in the window the signal looks at. */
public record RepeatedLowBidder(Long agencyId, String agencyName, long marks) {
}
