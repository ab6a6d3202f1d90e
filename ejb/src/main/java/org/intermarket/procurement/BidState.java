package org.intermarket.procurement;

/**
 * A bid as its agency understands it, derived from the bid, its need and the time. The derivation is written once, as
 * the JPQL expression {@link #OF_BID_AND_NEED}, so that the agency's list can be filtered and paged by state in the
 * database and never disagrees with what its rows show.
 */
public enum BidState {
    /** Live, and the deadline has not passed: it may still be replaced or withdrawn. */
    OPEN,
    /** Live after an amendment of the need, not yet confirmed again: it counts only once confirmed before the deadline. */
    NEEDS_CONFIRMATION,
    /** The deadline has passed; the owner has not chosen yet. */
    SEALED,
    WON,
    /** Another bid won, or this one no longer counted (not confirmed again by the deadline after an amendment). */
    LOST,
    WITHDRAWN,
    /** Won, but the agency did not confirm the contract. */
    FORFEITED,
    /** The round ended without a winner (流标); the owner may publish the need again as a new round. */
    FAILED,
    /** The owner cancelled the need before its deadline. */
    CANCELLED;

    /**
     * The state of bid {@code b} on need {@code n} at {@code :now}, as the name of a constant above. Order matters:
     * what the agency did (withdraw, forfeit) first, then the award, then a round that is over, then the deadline. A
     * bid of an earlier round belongs to a round that failed, since only a failed need is published again.
     */
    public static final String OF_BID_AND_NEED = "CASE"
            + " WHEN b.status = org.intermarket.procurement.BidStatus.WITHDRAWN THEN 'WITHDRAWN'"
            + " WHEN b.status = org.intermarket.procurement.BidStatus.FORFEITED THEN 'FORFEITED'"
            + " WHEN n.winningBidId = b.id THEN 'WON'"
            + " WHEN b.round < n.round OR n.status = org.intermarket.procurement.NeedStatus.FAILED THEN 'FAILED'"
            + " WHEN n.status = org.intermarket.procurement.NeedStatus.CANCELLED THEN 'CANCELLED'"
            + " WHEN n.status = org.intermarket.procurement.NeedStatus.PUBLISHED AND n.bidDeadline > :now AND b.confirmed = FALSE"
            + " THEN 'NEEDS_CONFIRMATION'"
            + " WHEN b.confirmed = FALSE THEN 'LOST'"
            + " WHEN n.status = org.intermarket.procurement.NeedStatus.PUBLISHED AND n.bidDeadline > :now THEN 'OPEN'"
            + " WHEN n.status IN (org.intermarket.procurement.NeedStatus.PUBLISHED, org.intermarket.procurement.NeedStatus.BIDDING_CLOSED,"
            + " org.intermarket.procurement.NeedStatus.SELECTED) THEN 'SEALED'"
            + " ELSE 'LOST' END";
}
