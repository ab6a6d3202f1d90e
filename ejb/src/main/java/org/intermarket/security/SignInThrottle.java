package org.intermarket.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.intermarket.shared.Sha256;

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
 * which usernames are real. The failures are counted in the database ({@link SignInFailure}), so every node of a
 * cluster applies the same budget: a guesser gains nothing by reaching several nodes through the balancer. A look
 * costs one or two indexed reads and a failure one row, written in a transaction of its own ({@link #failed}). The cap per account across
 * all sources (a distributed guess) is kept on {@link org.intermarket.registry.Account}.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int SOURCE_LIMIT = 10;
    public static final Duration SOURCE_WINDOW = Duration.ofMinutes(10);
    /** How long a failure is kept once any lock it started has ended; a row in a pair's count older than that no longer counts. */
    public static final Duration MEMORY = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    /** How long the caller must wait before trying, or empty when a try is allowed now. */
    public Optional<Duration> waitBeforeTrying(String source, String username, Instant now) {
        String sourceKey = sourceKey(source);
        List<Instant> recent = recentFailures(sourceKey, now, SOURCE_LIMIT);
        if (recent.size() >= SOURCE_LIMIT) {
            return Optional.of(Duration.between(now, recent.get(SOURCE_LIMIT - 1).plus(SOURCE_WINDOW)));
        }
        Instant lockedUntil = em.createNamedQuery(SignInFailure.PAIR_LOCKED_UNTIL, Instant.class)
                .setParameter("source", sourceKey).setParameter("username", usernameKey(username)).setParameter("now", now)
                .getSingleResult();
        return lockedUntil == null ? Optional.empty() : Optional.of(Duration.between(now, lockedUntil));
    }

    /**
     * Counts a failure. Returns what the failure started: a throttle of the source, a lock of the pair, or nothing.
     * In a transaction of its own: the caller's may roll back (a wrong current password refuses the change with an
     * error), and the failure must count all the same.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Consequence failed(String source, String username, Instant now, int threshold, Duration lockDuration) {
        String sourceKey = sourceKey(source);
        String usernameKey = usernameKey(username);
        SignInFailure failure = new SignInFailure(sourceKey, usernameKey, now);
        em.persist(failure);
        em.flush();
        long inRow = em.createNamedQuery(SignInFailure.PAIR_IN_ROW, Long.class)
                .setParameter("source", sourceKey).setParameter("username", usernameKey).getSingleResult();
        if (inRow >= threshold) {
            em.createNamedQuery(SignInFailure.END_ROW).setParameter("source", sourceKey).setParameter("username", usernameKey).executeUpdate();
            failure.lockPairUntil(now.plus(lockDuration));
            return Consequence.PAIR_LOCKED;
        }
        // exactly the limit: this failure is the one that filled the source's window (later ones are refused before)
        return recentFailures(sourceKey, now, SOURCE_LIMIT + 1).size() == SOURCE_LIMIT ? Consequence.SOURCE_THROTTLED : Consequence.NONE;
    }

    /** The right password from this source: its failures on this username are forgotten (not the source's). */
    public void succeeded(String source, String username) {
        em.createNamedQuery(SignInFailure.END_ROW)
                .setParameter("source", sourceKey(source)).setParameter("username", usernameKey(username)).executeUpdate();
    }

    /** An administrator lifted the account's lock: every source may try it again, on every node. */
    public void forget(String username) {
        em.createNamedQuery(SignInFailure.FORGET_USERNAME).setParameter("username", usernameKey(username)).executeUpdate();
    }

    /** Drops failures older than {@link #MEMORY} whose lock, if any, has ended; returns how many. */
    public int forgetOld(Instant now) {
        return em.createNamedQuery(SignInFailure.FORGET_OLDER)
                .setParameter("horizon", now.minus(MEMORY)).setParameter("now", now).executeUpdate();
    }

    public enum Consequence {
        NONE, SOURCE_THROTTLED, PAIR_LOCKED
    }

    /** The source's failures within the window, newest first, at most {@code most}. */
    private List<Instant> recentFailures(String sourceKey, Instant now, int most) {
        return em.createNamedQuery(SignInFailure.RECENT_FROM_SOURCE, Instant.class)
                .setParameter("source", sourceKey).setParameter("horizon", now.minus(SOURCE_WINDOW))
                .setMaxResults(most).getResultList();
    }

    /** An IPv6 address by its /64, since one subscriber gets a whole /64; anything else as it is (cut to fit its column). */
    static String sourceKey(String source) {
        String key = addressKey(source);
        return key.length() <= SignInFailure.MAX_SOURCE ? key : key.substring(0, SignInFailure.MAX_SOURCE);
    }

    private static String addressKey(String source) {
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

    /** The SHA-256 of the username as typed, trimmed and lower-cased: what was typed is never stored (it may be a password). */
    static String usernameKey(String username) {
        return Sha256.hex(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }
}
