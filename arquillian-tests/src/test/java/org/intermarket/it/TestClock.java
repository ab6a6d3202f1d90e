package org.intermarket.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import org.jboss.as.controller.client.ModelControllerClient;
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

    private static ModelControllerClient client;

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

    /**
     * Waits in real time, polling, until {@code moment} has passed on the market's clock: for the few tests about
     * what happens while time really passes (a body still arriving at the deadline, a transaction still open when
     * closing begins). Everything else moves the clock with {@link #advanceTo}.
     */
    static void waitUntil(Instant moment) {
        while (!now().isAfter(moment)) {
            Market.pause();
        }
    }

    static synchronized Duration offset() {
        ModelNode result = execute(Operations.createReadAttributeOperation(OFFSET, "value"), true);
        return result == null || !result.isDefined() ? Duration.ZERO : Duration.ofMillis(Long.parseLong(result.asString()));
    }

    private static void write(Duration offset) {
        String millis = Long.toString(offset.toMillis());
        if (execute(Operations.createWriteAttributeOperation(OFFSET, "value", millis), true) == null) {
            ModelNode add = Operations.createAddOperation(OFFSET);
            add.get("value").set(millis);
            execute(add, false);
        }
    }

    /** The operation's result; null when it failed and {@code mayFail} (a property not set yet). */
    private static ModelNode execute(ModelNode operation, boolean mayFail) {
        try {
            ModelNode outcome = client().execute(operation);
            if (Operations.isSuccessfulOutcome(outcome)) {
                return Operations.readResult(outcome);
            }
            if (mayFail) {
                return null;
            }
            throw new IllegalStateException("the test server refused " + operation + ": " + Operations.getFailureDescription(outcome));
        } catch (IOException e) {
            throw new UncheckedIOException("the test server's management interface cannot be reached", e);
        }
    }

    /**
     * One connection for the JVM: the suite's own JVM is given the management port; a probe inside the server finds
     * it from the server's port offset. Both sign in as the local user, as the CLI does on the server's machine.
     */
    private static ModelControllerClient client() throws IOException {
        if (client == null) {
            int port = Integer.getInteger("it.management.port", 9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
            client = ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(), port);
        }
        return client;
    }
}
