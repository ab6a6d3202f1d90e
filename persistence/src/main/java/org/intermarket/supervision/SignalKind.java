package org.intermarket.supervision;

/**
 * The kinds of signal a supervisor looks at. The bid-rigging signals (围标串标): the first four compare two bids on
 * the same round of one need; {@link #ROTATING_PAIR} looks at a pair of agencies across needs. The signals of undue
 * influence: {@link #RED_HAT} ties an agency to a government office (红顶中介), {@link #STEERING} an owner's needs of
 * one item to one agency (指定中介). The exact rules are in {@code SignalSql} and {@code InfluenceSignals} (ejb module)
 * and in the README.
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
    ROTATING_PAIR(false),
    /** The agency shares its legal representative or contact phone with a government office's registered contact. */
    RED_HAT(false, false),
    /** One owner's needs of one item are won by the same agency far more often than the agency's market share predicts. */
    STEERING(false, false);

    private final boolean perNeed;
    private final boolean bidRigging;

    SignalKind(boolean perNeed) {
        this(perNeed, true);
    }

    SignalKind(boolean perNeed, boolean bidRigging) {
        this.perNeed = perNeed;
        this.bidRigging = bidRigging;
    }

    /** True for the bid-rigging signals, read from the bids of needs; false for the signals of undue influence. */
    public boolean bidRigging() {
        return bidRigging;
    }

    /** True when a signal of this kind is about two bids on one round of one need. */
    public boolean perNeed() {
        return perNeed;
    }
}
