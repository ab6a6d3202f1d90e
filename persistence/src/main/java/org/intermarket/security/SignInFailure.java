package org.intermarket.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ExcludeDefaultListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One failed sign-in, kept where every node of a cluster counts it: by the source's key (an address, an IPv6 /64) and
 * the SHA-256 of the username typed. Whether it still counts towards its pair's lock, and the lock it started, are the
 * only things that change on it.
 */
@Entity
@Table(name = "sign_in_failure")
// A rate limit's bookkeeping, not a change of the market: it must not end the public answers kept (MarketChanges).
@ExcludeDefaultListeners
@NamedQuery(name = SignInFailure.RECENT_FROM_SOURCE,
        query = "SELECT f.failedAt FROM SignInFailure f WHERE f.sourceKey = :source AND f.failedAt > :horizon ORDER BY f.failedAt DESC")
@NamedQuery(name = SignInFailure.PAIR_LOCKED_UNTIL,
        query = "SELECT MAX(f.locksUntil) FROM SignInFailure f WHERE f.sourceKey = :source AND f.usernameKey = :username AND f.locksUntil > :now")
@NamedQuery(name = SignInFailure.PAIR_IN_ROW,
        query = "SELECT COUNT(f) FROM SignInFailure f WHERE f.sourceKey = :source AND f.usernameKey = :username AND f.inRow = TRUE")
@NamedQuery(name = SignInFailure.END_ROW,
        query = "UPDATE SignInFailure f SET f.inRow = FALSE WHERE f.sourceKey = :source AND f.usernameKey = :username AND f.inRow = TRUE")
@NamedQuery(name = SignInFailure.FORGET_USERNAME,
        query = "UPDATE SignInFailure f SET f.inRow = FALSE, f.locksUntil = NULL WHERE f.usernameKey = :username"
                + " AND (f.inRow = TRUE OR f.locksUntil IS NOT NULL)")
@NamedQuery(name = SignInFailure.FORGET_OLDER,
        query = "DELETE FROM SignInFailure f WHERE f.failedAt < :horizon AND (f.locksUntil IS NULL OR f.locksUntil < :now)")
public class SignInFailure {

    public static final String RECENT_FROM_SOURCE = "SignInFailure.recentFromSource";
    public static final String PAIR_LOCKED_UNTIL = "SignInFailure.pairLockedUntil";
    public static final String PAIR_IN_ROW = "SignInFailure.pairInRow";
    public static final String END_ROW = "SignInFailure.endRow";
    public static final String FORGET_USERNAME = "SignInFailure.forgetUsername";
    public static final String FORGET_OLDER = "SignInFailure.forgetOlder";
    /** The longest source key: as long as the addresses an account is known by ({@link KnownSignInSource#MAX_SOURCE}). */
    public static final int MAX_SOURCE = KnownSignInSource.MAX_SOURCE;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_key", nullable = false)
    private String sourceKey;

    @Column(name = "username_key", nullable = false)
    private String usernameKey;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    @Column(name = "in_row", nullable = false)
    private boolean inRow;

    @Column(name = "locks_until")
    private Instant locksUntil;

    protected SignInFailure() {
    }

    public SignInFailure(String sourceKey, String usernameKey, Instant failedAt) {
        this.sourceKey = sourceKey;
        this.usernameKey = usernameKey;
        this.failedAt = failedAt;
        this.inRow = true;
    }

    /** This failure filled its pair's row: the pair is locked until then, and the next row starts from nothing. */
    public void lockPairUntil(Instant until) {
        this.locksUntil = until;
        this.inRow = false;
    }
}
