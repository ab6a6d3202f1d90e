package org.intermarket.shared;

import java.time.Duration;

/** The caller is asked to wait before trying again: it sent too much too fast, or the server is saturated. */
public class ThrottledException extends DomainException {

    private final Duration retryAfter;

    public ThrottledException(Duration retryAfter, String message) {
        super("too-many-requests", message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, at least one, as a Retry-After header says it. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
