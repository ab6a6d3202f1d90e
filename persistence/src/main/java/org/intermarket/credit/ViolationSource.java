package org.intermarket.credit;

/** Who recorded a violation: a supervisor, or a market rule about one contract. */
public enum ViolationSource {
    SUPERVISOR,
    /** The contract passed its due date undelivered. */
    OVERDUE,
    /** The winner did not confirm the contract within the signing period, or declined it. */
    UNSIGNED,
    /**
     * The winning bid had been marked abnormally low (and its explanation accepted, or restored on objection), and
     * its contract then lapsed or its work was rated poorly: the price could not pay for the work after all.
     */
    LOW_BID_FAILED
}
