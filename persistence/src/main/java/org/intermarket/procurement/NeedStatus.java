package org.intermarket.procurement;

/** DOMAIN.md "Need states". Selection publishes the result notice at once, so SELECTED is passed through. */
public enum NeedStatus {
    DRAFT, PUBLISHED, BIDDING_CLOSED, SELECTED, NOTICE, CONTRACTED, DELIVERED, ACCEPTED, RATED, CANCELLED, FAILED;

    /** After the deadline: bids may be read by the owner and supervisors, and their count by anyone. */
    public boolean unsealed() {
        return this != DRAFT && this != PUBLISHED && this != CANCELLED;
    }

    /** An agency was chosen and still is: the need was awarded, whatever came of the contract after. */
    public boolean awarded() {
        return this == SELECTED || this == NOTICE || this == CONTRACTED || this == DELIVERED || this == ACCEPTED || this == RATED;
    }
}
