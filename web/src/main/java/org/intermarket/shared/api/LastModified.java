package org.intermarket.shared.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A {@code Last-Modified} that never lets a client miss a change.
 *
 * <p>HTTP dates count whole seconds. Had an answer fetched at 10.4 s said "modified at 10 s" for a change at 10.1 s,
 * a second change at 10.7 s would still be "10 s", and the client asking {@code If-Modified-Since} 10 s would be told
 * nothing changed. So the date is given only once the second of the last change is over: every later change then
 * falls in a later second. Until then the answer has only its entity tag, which is enough.
 */
public final class LastModified {

    private LastModified() {
    }

    /** The last change's second, if it has passed by {@code now}. */
    public static Optional<Instant> settled(Instant changedAt, Instant now) {
        Instant second = changedAt.truncatedTo(ChronoUnit.SECONDS);
        return now.isBefore(second.plusSeconds(1)) ? Optional.empty() : Optional.of(second);
    }
}
