package org.intermarket.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * A person's sign-in to the market. One role, one organisation. The password is
 * only ever held as a slow salted hash.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_USERNAME,
        query = "SELECT a FROM Account a JOIN FETCH a.organisation WHERE a.username = :username")
@NamedQuery(name = Account.COUNT_ALL, query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(name = Account.ORGANISATION_OF, query = "SELECT a.organisation.id FROM Account a WHERE a.username = :username")
public class Account {

    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    public static final String COUNT_ALL = "Account.countAll";
    public static final String ORGANISATION_OF = "Account.organisationOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String email;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** When the window that {@link #failedAttempts} counts in began. */
    @Column(name = "failures_since")
    private Instant failuresSince;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
    }

    public Account(String username, String passwordHash, Role role, Organisation organisation,
                   String email, Instant createdAt) {
        if (role.organisationType() != organisation.type()) {
            throw new IllegalArgumentException("a " + role + " account cannot belong to a " + organisation.type() + " organisation");
        }
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = role;
        this.organisation = organisation;
        this.email = email;
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed sign-in against the account as a whole, from whatever source, in fixed windows. Returns true
     * when this failure reaches the cap: the account then refuses passwords from addresses it has not signed in from
     * until its window is over. Only a guess spread over many sources gets here; one source is stopped long before by
     * the sign-in throttle.
     */
    public boolean recordFailedSignIn(Instant now, int cap, Duration window) {
        if (isLockedAt(now)) {
            return false;
        }
        if (failuresSince == null || !now.isBefore(failuresSince.plus(window))) {
            failuresSince = now;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= cap) {
            failedAttempts = 0;
            lockedUntil = failuresSince.plus(window);
            failuresSince = null;
            return true;
        }
        return false;
    }

    /**
     * Forgets earlier failures. A lock that still runs stays: the holder may sign in from an address it knows during
     * the lock, and that must not open the account to the guessers again. Returns whether anything changed, so a
     * clean sign-in writes nothing.
     */
    public boolean recordSuccessfulSignIn(Instant now) {
        if (isLockedAt(now) || (failedAttempts == 0 && lockedUntil == null && failuresSince == null)) {
            return false;
        }
        failedAttempts = 0;
        failuresSince = null;
        lockedUntil = null;
        return true;
    }

    /** The holder chose a new password; its hash replaces the old one, and earlier failures no longer count. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        failedAttempts = 0;
        failuresSince = null;
    }

    /** An administrator lifts a lock early and forgets the failures counted so far. */
    public void unlock() {
        failedAttempts = 0;
        failuresSince = null;
        lockedUntil = null;
    }

    /** Switches this account alone on or off; its organisation's own switch is kept apart. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The account's own switch, whatever its organisation's; {@link #enabled()} is what sign-in obeys. */
    public boolean enabledItself() {
        return enabled;
    }

    /** The end of the lock while it lasts, else null: a lock that ran out is no lock. */
    public Instant lockedUntilAt(Instant now) {
        return isLockedAt(now) ? lockedUntil : null;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String email() {
        return email;
    }

    /** False when the account or its whole organisation has been disabled. */
    public boolean enabled() {
        return enabled && organisation.enabled();
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && id != null && id.equals(account.id);
    }

    @Override
    public int hashCode() {
        return Account.class.hashCode();
    }
}
