package org.intermarket.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may try a password now. Two limits, both kept before any hash is computed, so that guessing costs the
 * server next to nothing once it is plain:
 * <ul>
 * <li><b>per source</b>: {@link #SOURCE_LIMIT} failures within {@link #SOURCE_WINDOW} from one address (an IPv6
 * address counts by its /64, what one subscriber gets) and that address waits until the oldest ages out;</li>
 * <li><b>per username and source</b>: the threshold-th failure in a row on one username from one address locks
 * that pair for the lock duration. The holder signing in from anywhere else is not touched: a stranger who knows
 * a username can only lock himself out of it.</li>
 * </ul>
 * Both are keyed by what the caller typed, not by whether the account exists, so the answers tell nothing about
 * which usernames are real. The counts live in this node's memory: they are rate limits, not records, and a
 * cluster of n nodes gives a guesser at most n times the budget. The cap per account across all sources
 * (a distributed guess) is kept in the database by {@link org.intermarket.registry.Account}.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int SOURCE_LIMIT = 10;
    public static final Duration SOURCE_WINDOW = Duration.ofMinutes(10);
    /** Entries kept before expired ones are swept; a sweep that frees nothing starts afresh rather than grow. */
    static final int MAX_ENTRIES = 100_000;

    private final Map<String, Deque<Instant>> failuresBySource = new ConcurrentHashMap<>();
    private final Map<String, PairState> pairs = new ConcurrentHashMap<>();

    private static final class PairState {
        private int failures;
        private Instant lockedUntil;
    }

    /** How long the caller must wait before trying, or empty when a try is allowed now. */
    public Optional<Duration> waitBeforeTrying(String source, String username, Instant now) {
        Optional<Duration> sourceWait = sourceWait(sourceKey(source), now);
        if (sourceWait.isPresent()) {
            return sourceWait;
        }
        PairState pair = pairs.get(pairKey(source, username));
        if (pair == null) {
            return Optional.empty();
        }
        synchronized (pair) {
            return pair.lockedUntil != null && now.isBefore(pair.lockedUntil)
                    ? Optional.of(Duration.between(now, pair.lockedUntil)) : Optional.empty();
        }
    }

    /**
     * Counts a failure. Returns what the failure started: a throttle of the source, a lock of the pair, or nothing.
     */
    public Consequence failed(String source, String username, Instant now, int threshold, Duration lockDuration) {
        sweepIfFull(now);
        boolean sourceThrottled = countSourceFailure(sourceKey(source), now);
        PairState pair = pairs.computeIfAbsent(pairKey(source, username), key -> new PairState());
        boolean pairLocked;
        synchronized (pair) {
            pair.failures++;
            pairLocked = pair.failures >= threshold;
            if (pairLocked) {
                pair.failures = 0;
                pair.lockedUntil = now.plus(lockDuration);
            }
        }
        return pairLocked ? Consequence.PAIR_LOCKED : sourceThrottled ? Consequence.SOURCE_THROTTLED : Consequence.NONE;
    }

    /** The right password from this source: its failures on this username are forgotten (not the source's). */
    public void succeeded(String source, String username) {
        pairs.remove(pairKey(source, username));
    }

    /** An administrator lifted the account's lock: every source may try it again (on this node). */
    public void forget(String username) {
        String suffix = "\n" + normalise(username);
        pairs.keySet().removeIf(key -> key.endsWith(suffix));
    }

    public enum Consequence {
        NONE, SOURCE_THROTTLED, PAIR_LOCKED
    }

    private Optional<Duration> sourceWait(String source, Instant now) {
        Deque<Instant> failures = failuresBySource.get(source);
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            dropOlderThan(failures, now.minus(SOURCE_WINDOW));
            return failures.size() >= SOURCE_LIMIT
                    ? Optional.of(Duration.between(now, failures.peekFirst().plus(SOURCE_WINDOW))) : Optional.empty();
        }
    }

    /** True when this failure is the one that fills the source's window. */
    private boolean countSourceFailure(String source, Instant now) {
        Deque<Instant> failures = failuresBySource.computeIfAbsent(source, key -> new ArrayDeque<>());
        synchronized (failures) {
            dropOlderThan(failures, now.minus(SOURCE_WINDOW));
            failures.addLast(now);
            while (failures.size() > SOURCE_LIMIT) {
                failures.removeFirst();
            }
            return failures.size() == SOURCE_LIMIT;
        }
    }

    private static void dropOlderThan(Deque<Instant> failures, Instant horizon) {
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(horizon)) {
            failures.removeFirst();
        }
    }

    private void sweepIfFull(Instant now) {
        if (failuresBySource.size() + pairs.size() < MAX_ENTRIES) {
            return;
        }
        Instant horizon = now.minus(SOURCE_WINDOW);
        failuresBySource.values().removeIf(failures -> {
            synchronized (failures) {
                dropOlderThan(failures, horizon);
                return failures.isEmpty();
            }
        });
        pairs.values().removeIf(pair -> {
            synchronized (pair) {
                return pair.lockedUntil == null ? pair.failures == 0 : !now.isBefore(pair.lockedUntil);
            }
        });
        if (failuresBySource.size() + pairs.size() >= MAX_ENTRIES) {
            // a flood of fresh sources: forgetting them all gives each a new budget, growing without bound would not
            failuresBySource.clear();
            pairs.clear();
        }
    }

    /** An IPv6 address by its /64, since one subscriber gets a whole /64; anything else as it is. */
    static String sourceKey(String source) {
        if (source == null || source.isBlank()) {
            return "unknown";
        }
        String address = source.strip().toLowerCase(Locale.ROOT);
        if (!address.contains(":")) {
            return address;
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (java.net.UnknownHostException notAnAddress) {
            return address;
        }
    }

    private static String pairKey(String source, String username) {
        return sourceKey(source) + "\n" + normalise(username);
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
