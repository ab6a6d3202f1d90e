package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The server's request threads, seen from inside it: a request that never ends shows as a worker that never rests. */
final class Workers {

    /**
     * Every answer, refusal or not, comes within this: a refusal takes milliseconds and a request that spins never
     * answers, and the bound tells the two apart on a loaded machine. (The client itself would wait a minute.)
     */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    /** Undertow's worker threads in WildFly: "default task-1", "default task-2"… */
    private static final String WORKER = "default task-";

    private Workers() {
    }

    /** Waits a little for in-flight answers to finish, then fails if any worker but the caller's own is still running. */
    static void assertAllIdle() {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(5));
        List<Map.Entry<Thread, StackTraceElement[]>> busy;
        do {
            busy = Thread.getAllStackTraces().entrySet().stream()
                    .filter(e -> e.getKey() != Thread.currentThread() && e.getKey().getName().startsWith(WORKER)
                            && e.getKey().getState() == Thread.State.RUNNABLE)
                    .toList();
            if (busy.isEmpty()) {
                return;
            }
            Market.pause();
        } while (Instant.now().isBefore(giveUp));
        fail("request threads still running: " + busy.stream()
                .map(e -> e.getKey().getName() + " at " + Arrays.stream(e.getValue()).limit(8).map(String::valueOf).collect(Collectors.joining(" < ")))
                .collect(Collectors.joining("; ")));
    }
}
