package org.intermarket.procurement;

/**
 * How a marked bid's case ended: the owner accepted or rejected the explanation, the time to explain passed without
 * one (LAPSED), or the agency withdrew the bid. Only ACCEPTED keeps the bid in the round's selection.
 */
public enum LowBidDecision {
    ACCEPTED,
    REJECTED,
    LAPSED,
    WITHDRAWN
}
