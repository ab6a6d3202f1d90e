package org.intermarket.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * The test server's management interface, through which the suite moves the market's clock ({@link TestClock}) and
 * takes the application down and up again, from the test JVM or from a probe inside the server alike. Against a
 * cluster ({@code -Dit.management.ports}, one port a node) an operation goes to every node that answers, so the
 * nodes share one market time, and the first node's result is returned.
 */
final class Management {

    private static List<ModelControllerClient> clients;

    private Management() {
    }

    /** The operation's result; null when it failed and {@code mayFail} (a property not set yet). */
    static ModelNode execute(ModelNode operation, boolean mayFail) {
        ModelNode result = null;
        boolean first = true;
        for (ModelControllerClient client : clients()) {
            ModelNode outcome;
            try {
                outcome = client.execute(operation);
            } catch (IOException e) {
                if (clients().size() > 1) {
                    continue; // a node of a cluster that a test has killed
                }
                throw new UncheckedIOException("the test server's management interface cannot be reached", e);
            }
            if (Operations.isSuccessfulOutcome(outcome)) {
                if (first) {
                    result = Operations.readResult(outcome);
                }
            } else if (!mayFail) {
                throw new IllegalStateException("the test server refused " + operation + ": " + Operations.getFailureDescription(outcome));
            }
            first = false;
        }
        return result;
    }

    /**
     * One connection a server for the JVM: the suite's own JVM is given the management port (or a cluster's ports); a
     * probe inside the server finds it from the server's port offset. All sign in as the local user, as the CLI does
     * on the server's machine.
     */
    private static synchronized List<ModelControllerClient> clients() {
        if (clients == null) {
            String ports = System.getProperty("it.management.ports", "");
            List<Integer> each = ports.isBlank()
                    ? List.of(Integer.getInteger("it.management.port", 9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0)))
                    : Arrays.stream(ports.split(",")).map(String::trim).map(Integer::valueOf).toList();
            clients = each.stream().map(port -> ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(), port)).toList();
        }
        return clients;
    }
}
