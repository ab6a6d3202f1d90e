package org.intermarket.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** The test server's server.log, read from the test JVM or from a probe inside the server alike. */
final class ServerLog {

    /**
     * A warning or error the server, not the application, wrote about the application's code, its components (a
     * timer's "intermarket.intermarket-ejb.MailWorker") or its API's description (SmallRye OpenAPI's SROAP codes). The
     * application's own loggers (org.intermarket.*) say what they mean to say.
     */
    static final Pattern ABOUT_OUR_CODE = Pattern.compile(
            "(?m)^\\S+ \\S+ (WARN|ERROR) +\\[(?!org\\.intermarket)[^\\]]+\\] .*(org\\.intermarket|intermarket\\.intermarket-|SROAP).*$");

    /** A warning or error of the application's own loggers, which write java.util.logging's level names. */
    static final Pattern OURS = Pattern.compile("(?m)^\\S+ \\S+ (WARNING|SEVERE) +\\[org\\.intermarket[^\\]]*\\] .*$");

    private ServerLog() {
    }

    /** Inside the server its log directory is a system property; outside, the suite is told the server's home. */
    private static Path file() {
        String inside = System.getProperty("jboss.server.log.dir");
        return (inside != null ? Path.of(inside) : Path.of(System.getProperty("jboss.home"), "standalone", "log")).resolve("server.log");
    }

    static long size() {
        return file().toFile().length();
    }

    /** What the log gained since it was {@code size} bytes long (from its start if it rolled over meanwhile). */
    static String since(long size) {
        try (RandomAccessFile file = new RandomAccessFile(file().toFile(), "r")) {
            long from = file.length() < size ? 0 : size;
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of {@code text} that match {@code pattern}, each whole. */
    static List<String> lines(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(MatchResult::group).toList();
    }
}
