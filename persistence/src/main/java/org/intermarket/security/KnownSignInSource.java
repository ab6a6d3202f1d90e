package org.intermarket.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.intermarket.registry.Account;

/**
 * An address an account signed in from with its right password. The account's cap on failed sign-ins from all
 * addresses stops a guess spread over many addresses; it does not stop the holder signing in from an address known
 * this way, which the guesser cannot send from. An address is known for {@link #MEMORY} after its last sign-in.
 */
@Entity
@Table(name = "known_sign_in_source")
@NamedQuery(name = KnownSignInSource.FIND,
        query = "SELECT k FROM KnownSignInSource k WHERE k.account = :account AND k.source = :source")
@NamedQuery(name = KnownSignInSource.FORGET_OLDER,
        query = "DELETE FROM KnownSignInSource k WHERE k.account = :account AND k.lastSignInAt < :horizon")
@NamedQuery(name = KnownSignInSource.FORGET_ALL_BUT,
        query = "DELETE FROM KnownSignInSource k WHERE k.account = :account AND k.source <> :source")
public class KnownSignInSource {

    public static final String FIND = "KnownSignInSource.find";
    public static final String FORGET_OLDER = "KnownSignInSource.forgetOlder";
    public static final String FORGET_ALL_BUT = "KnownSignInSource.forgetAllBut";
    public static final Duration MEMORY = Duration.ofDays(90);
    /** The longest source kept: an IPv6 /64 prefix is 24 characters, anything longer is no address. */
    public static final int MAX_SOURCE = 64;
    /** A renewal writes at most once a day, so a holder's every sign-in does not write a row. */
    private static final Duration RENEWAL = Duration.ofDays(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false)
    private String source;

    @Column(name = "last_sign_in_at", nullable = false)
    private Instant lastSignInAt;

    protected KnownSignInSource() {
    }

    public KnownSignInSource(Account account, String source, Instant signedInAt) {
        if (source.length() > MAX_SOURCE) {
            throw new IllegalArgumentException("not an address: " + source.length() + " characters");
        }
        this.account = Objects.requireNonNull(account);
        this.source = source;
        this.lastSignInAt = Objects.requireNonNull(signedInAt);
    }

    public boolean isKnownAt(Instant now) {
        return now.isBefore(lastSignInAt.plus(MEMORY));
    }

    /** The holder signed in from here again. */
    public void signedInAgain(Instant now) {
        if (now.isAfter(lastSignInAt.plus(RENEWAL))) {
            lastSignInAt = now;
        }
    }
}
