package org.intermarket.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A server of a test's own, beside the suite's: a copy of the provisioned WildFly with the EAR dropped in, its data
 * (H2 file or a PostgreSQL database of its own, uploaded files, the log key) in its own folder, on ports moved by
 * {@link #OFFSET}. It can be killed as a machine would kill it (SIGKILL to the JVM) and started again on the same data.
 */
final class ServerCopy implements AutoCloseable {

    static final int OFFSET = 250;
    final String base = "http://localhost:" + (8080 + OFFSET);
    final Path home;
    private final String database;
    private Process process;
    private int starts;

    ServerCopy() {
        try {
            home = Files.createTempDirectory("intermarket-copy");
            copy(Path.of(System.getProperty("jboss.home")), home.resolve("server"));
            // the suite's server may have its EAR deployed right now, written into its configuration: not ours
            Path configuration = home.resolve("server/standalone/configuration/standalone.xml");
            Files.writeString(configuration, Files.readString(configuration).replaceAll("(?s)<deployments>.*?</deployments>", ""));
            Files.copy(Path.of(System.getProperty("intermarket.ear")), home.resolve("server/standalone/deployments/intermarket.ear"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = "postgresql".equals(System.getProperty("intermarket.db")) ? "intermarket_copy" : null;
        if (database != null) {
            psql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            psql("CREATE DATABASE " + database + " TEMPLATE template0 ENCODING 'UTF8'");
        }
    }

    /** Starts the server and waits until the application answers; returns how long that took. */
    Duration start() {
        Instant launched = Instant.now();
        List<String> command = new ArrayList<>(List.of(home.resolve("server/bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + OFFSET, "-Dintermarket.demo=true", "-Dintermarket.trusted.proxies=127.0.0.1"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server-" + (++starts) + ".out").toFile()));
        if (database != null) {
            builder.environment().put("POSTGRESQL_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
        }
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (starts == 1) {
            // a test given up on by its timeout never reaches close(): the server must not outlive the test JVM
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (process.isAlive()) {
                    kill();
                }
            }));
        }
        Instant giveUp = launched.plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server copy stopped; see " + home);
            }
            try {
                if (Api.anonymous().at(base).get("/api/v1/catalog/items?size=1").status() == 200) {
                    return Duration.between(launched, Instant.now());
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Market.pause();
        }
        throw new IllegalStateException("the server copy did not start within 5 minutes; see " + home);
    }

    /** SIGKILL to the server's JVM and its launcher, and waits until they are gone: nothing is flushed or closed. */
    void kill() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.toHandle().descendants().forEach(child -> child.onExit().join());
        process.onExit().join();
    }

    /**
     * What the server wrote to its console since it was last started: server.log holds every start, so what it says
     * after a restart could not be told from what the first start said.
     */
    String log() {
        try {
            return Files.readString(home.resolve("server-" + starts + ".out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
        if (database != null) {
            psql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder harms nothing
        }
    }

    private static void psql(String sql) {
        try {
            Process psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c", sql)
                    .redirectErrorStream(true).start();
            String output = new String(psql.getInputStream().readAllBytes());
            if (psql.waitFor() != 0) {
                throw new IllegalStateException(sql + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : (Iterable<Path>) tree::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.toString().contains("/standalone/data/") && !source.toString().contains("/standalone/log/")
                        && !source.toString().contains("/standalone/tmp/")) {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
