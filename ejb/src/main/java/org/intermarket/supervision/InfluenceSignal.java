package org.intermarket.supervision;

import org.intermarket.supervision.Signal.Review;

/** A signal of undue influence on the market (红顶中介, 指定中介): reviewed like the bid-rigging signals, under its key. */
public sealed interface InfluenceSignal permits RedHatSignal, SteeringSignal {

    String key();

    SignalKind kind();

    Review review();

    /** What the audit entry says the signal was when it was reviewed. */
    String summary();

    default boolean reviewed() {
        return review() != null;
    }
}
