package org.intermarket.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local two-node cluster of {@code ear/cluster/cluster.sh} for the cluster tests: started fresh (its own database and
 * server copies under the build folder) on a movable clock with the demo accounts, and stopped whatever happens, a
 * shutdown hook included, so no node outlives the test JVM. The balancer is where {@link Api#BASE} points
 * ({@code -Dit.port.offset} of the balancer's port), the nodes are reached directly by {@link #base}.
 */
final class Cluster implements AutoCloseable {

    static final List<String> NODES = List.of("node1", "node2");
    private static final Path SCRIPT = Path.of(System.getProperty("intermarket.cluster.script", "../ear/cluster/cluster.sh"));

    private final Path dir = Path.of(System.getProperty("intermarket.cluster.dir", "target/cluster")).toAbsolutePath();
    private final Thread stopper = new Thread(this::stop);

    Cluster() {
        Runtime.getRuntime().addShutdownHook(stopper);
        run("start");
    }

    /** A node's own address, beside the balancer. */
    static String base(String node) {
        return "http://localhost:" + (8080 + offset(node));
    }

    /** SIGKILL to a node, as a dying machine; returns when it is gone. */
    void kill(String node) {
        run("kill", node);
    }

    /** Starts a killed node again on the same data; returns when it is back in the cluster and the balancer sends to it. */
    void startNode(String node) {
        run("start-node", node);
    }

    /** What a node wrote to its console since the cluster started. */
    String log(String node) {
        try {
            return Files.readString(dir.resolve(node + ".out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private void stop() {
        run("stop");
    }

    /** One value from the cluster's database. */
    static String psql(String sql) {
        try {
            Process psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-At", "-v", "ON_ERROR_STOP=1",
                    "-d", System.getProperty("intermarket.cluster.database", "intermarket_it_cluster"), "-c", sql).redirectErrorStream(true).start();
            String output = new String(psql.getInputStream().readAllBytes()).trim();
            if (psql.waitFor() != 0) {
                throw new IllegalStateException(sql + ": " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int offset(String node) {
        String[] offsets = System.getProperty("intermarket.cluster.offsets", "500 600").trim().split("\\s+");
        return Integer.parseInt(offsets[NODES.indexOf(node)]);
    }

    /** The members of a node's cluster view, as its management interface reports them now. */
    String view(String node) {
        try {
            Path output = Files.createTempFile(dir.getParent(), "view-", ".out");
            run(ProcessBuilder.Redirect.to(output.toFile()), "members", node);
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(String... arguments) {
        run(ProcessBuilder.Redirect.appendTo(dir.resolveSibling("cluster-script.out").toFile()), arguments);
    }

    private void run(ProcessBuilder.Redirect output, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of(SCRIPT.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output);
        Map<String, String> environment = builder.environment();
        environment.put("CLUSTER_DIR", dir.toString());
        environment.put("CLUSTER_DB", System.getProperty("intermarket.cluster.database", "intermarket_it_cluster"));
        environment.put("CLUSTER_PORT", Integer.toString(8080 + Integer.getInteger("it.port.offset", 700)));
        environment.put("CLUSTER_OFFSETS", System.getProperty("intermarket.cluster.offsets", "500 600"));
        environment.put("CLUSTER_FRESH", "1");
        environment.put("CLUSTER_OPTS", "-Dintermarket.demo=true -Dintermarket.clock.movable=true");
        try {
            Files.createDirectories(dir.getParent());
            Process process = builder.start();
            if (!process.waitFor(6, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " did not finish in 6 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("cluster.sh " + String.join(" ", arguments) + " failed; see "
                        + dir.resolveSibling("cluster-script.out") + " and the nodes' logs in " + dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
