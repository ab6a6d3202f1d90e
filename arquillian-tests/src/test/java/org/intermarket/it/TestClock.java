package org.intermarket.it;

import java.time.Duration;
import java.time.Instant;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * The test server's market clock ({@code MarketClock} in the application), which the suite moves forward instead of
 * waiting for a deadline, a settle or a notice period to pass. The server runs ahead of the system clock by the
 * milliseconds in its system property {@code intermarket.clock.offset}; this class reads and moves that property
 * through the server's management interface, from the test JVM or from a probe inside the server alike, so every
 * test sees one market time. The clock only ever moves forward: what a test has seen happen stays in the past.
 */
final class TestClock {

    private static final String OFFSET_PROPERTY = "intermarket.clock.offset";

    private static final ModelNode OFFSET = Operations.createAddress("system-property", OFFSET_PROPERTY);

    private TestClock() {
    }

    /** The market's now on the test server. */
    static Instant now() {
        return Instant.now().plus(offset());
    }

    /** Moves the market's clock to {@code moment} at least; a moment already passed leaves it as it is. */
    static synchronized void advanceTo(Instant moment) {
        Duration offset = offset();
        Duration needed = Duration.between(Instant.now(), moment);
        if (needed.compareTo(offset) > 0) {
            write(needed);
        }
    }

    /** Lets {@code time} pass on the market's clock at once. */
    static synchronized void advance(Duration time) {
        write(offset().plus(time));
    }

    static synchronized Duration offset() {
        ModelNode result = Management.execute(Operations.createReadAttributeOperation(OFFSET, "value"), true);
        return result == null || !result.isDefined() ? Duration.ZERO : Duration.ofMillis(Long.parseLong(result.asString()));
    }

    private static void write(Duration offset) {
        String millis = Long.toString(offset.toMillis());
        if (Management.execute(Operations.createWriteAttributeOperation(OFFSET, "value", millis), true) == null) {
            ModelNode add = Operations.createAddOperation(OFFSET);
            add.get("value").set(millis);
            Management.execute(add, false);
        }
    }
}
