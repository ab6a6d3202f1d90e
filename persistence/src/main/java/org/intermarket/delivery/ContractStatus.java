package org.intermarket.delivery;

/** Where a contract stands, from the owner's signature to the rating. */
public enum ContractStatus {
    /** Signed by the owner; the winner has the signing period to confirm. */
    AWAITING_CONFIRMATION,
    /** Confirmed by the winner: the service time limit runs. */
    IN_SERVICE,
    /** Deliverables handed in, waiting for the owner's acceptance. */
    DELIVERED,
    ACCEPTED,
    RATED,
    /** The winner did not confirm in time, or declined. */
    LAPSED
}
