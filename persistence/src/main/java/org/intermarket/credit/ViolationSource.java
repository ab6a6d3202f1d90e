package org.intermarket.credit;

/** Who recorded a violation: a supervisor, or a market rule about one contract. */
public enum ViolationSource {
    SUPERVISOR,
    /** The contract passed its due date undelivered. */
    OVERDUE,
    /** The winner did not confirm the contract within the signing period, or declined it. */
    UNSIGNED
}
