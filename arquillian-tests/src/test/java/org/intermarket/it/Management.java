package org.intermarket.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * The test server's management interface, through which the suite moves the market's clock ({@link TestClock}) and
 * takes the application down and up again, from the test JVM or from a probe inside the server alike.
 */
final class Management {

    private static ModelControllerClient client;

    private Management() {
    }

    /** The operation's result; null when it failed and {@code mayFail} (a property not set yet). */
    static ModelNode execute(ModelNode operation, boolean mayFail) {
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
    private static synchronized ModelControllerClient client() {
        if (client == null) {
            int port = Integer.getInteger("it.management.port", 9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
            client = ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(), port);
        }
        return client;
    }
}
