package org.intermarket.procurement;

/** How a round of bidding stands: open for bids, closed with enough bids for selection, failed (流标), or cancelled. */
public enum RoundOutcome {
    OPEN,
    CLOSED,
    FAILED,
    CANCELLED
}
