package org.intermarket.procurement;

public enum BidStatus {
    LIVE, WITHDRAWN,
    /** Won, but the agency did not confirm the contract: out of any further selection on the need. */
    FORFEITED
}
