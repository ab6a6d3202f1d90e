package org.intermarket.supervision;

/**
 * The kinds of bid-rigging signal (围标串标) a supervisor looks at. The first four compare two
 * bids on the same round of one need; {@link #ROTATING_PAIR} looks at a pair of agencies across
 * needs. The exact rules are in {@code SignalService} (ejb module) and in the README.
 */
public enum SignalKind {
    /** The two agencies' organisations give the same contact phone. */
    SHARED_PHONE(true),
    /** The two bids came from the same source IP address. */
    SHARED_IP(true),
    /** The two bids carry plan files with the same SHA-256. */
    SHARED_PLAN_FILE(true),
    /** The two prices are within 0.5 % of the lower one. */
    CLOSE_PRICES(true),
    /** The two agencies often bid against each other and take turns winning. */
    ROTATING_PAIR(false);

    private final boolean perNeed;

    SignalKind(boolean perNeed) {
        this.perNeed = perNeed;
    }

    /** True when a signal of this kind is about two bids on one round of one need. */
    public boolean perNeed() {
        return perNeed;
    }
}
