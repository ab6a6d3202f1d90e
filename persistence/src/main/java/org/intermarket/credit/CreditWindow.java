package org.intermarket.credit;

import java.time.Duration;
import java.time.Instant;

/**
 * The 365 days a credit input counts for: from exactly 365 days before now, inclusive. An input stamped after now
 * counts too: it was recorded by a clock running ahead (another node's), not in the future. The rule itself is the
 * {@code >= :start} of {@code CreditInputsQuery}, proved against the database by {@code CreditWindowIT}.
 */
public final class CreditWindow {

    public static final Duration LENGTH = Duration.ofDays(365);

    private CreditWindow() {
    }

    /** The earliest instant that still counts; queries compare with {@code >=}. */
    public static Instant start(Instant now) {
        return now.minus(LENGTH);
    }
}
