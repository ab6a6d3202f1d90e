package org.intermarket.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.intermarket.audit.AuditTrail;
import org.intermarket.registry.Account;
import org.intermarket.settings.MarketSettings;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;
import org.intermarket.shared.StoredText;
import org.intermarket.shared.ThrottledException;

/**
 * Checks a username and password. Unknown user, wrong password, disabled and locked accounts all fail the same
 * way, so the answer never tells whether a username exists.
 *
 * <p>Guessing is stopped where it costs nothing: {@link SignInThrottle} answers a guessing source, or a username
 * locked for that source, before any hash is computed and without an audit entry per refused request. A
 * stranger's failures lock only the stranger's own address out of the account, never the holder, and never
 * revoke the holder's tokens. Across all sources an account takes at most {@link #ACCOUNT_FAILURE_CAP} failures
 * an hour (ASVS 2.2.1), then refuses passwords until the hour is over, except from the addresses it signed in from
 * lately ({@link KnownSignInSource}): a guesser spread over many addresses reaches the cap, and still cannot stop
 * the holder signing in from home or the office.
 */
@Stateless
@PermitAll
public class SignInService {

    public static final int ACCOUNT_FAILURE_CAP = 100;
    public static final Duration ACCOUNT_FAILURE_WINDOW = Duration.ofHours(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private SettingsService settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public SignInOutcome signIn(SignInAttempt attempt) {
        Instant now = clock.instant();
        String name = attempt.username() == null ? "" : attempt.username().trim();
        Optional<Duration> wait = throttle.waitBeforeTrying(attempt.source(), name, now);
        if (wait.isPresent()) {
            return new SignInOutcome.Throttled(wait.get());
        }
        char[] password = attempt.password() == null ? new char[0] : attempt.password().toCharArray();
        Account account = findAccount(name);
        boolean passwordMatches;
        try {
            passwordMatches = account != null && attempt.password() != null
                    ? hasher.verify(password, account.passwordHash())
                    : hasher.verifyDecoy(password);
        } catch (ThrottledException busy) {
            return new SignInOutcome.Throttled(busy.retryAfter());
        }
        if (account == null || !passwordMatches) {
            recordFailure(attempt, name, account, now, account == null ? "unknown user" : "wrong password");
            return new SignInOutcome.Failure();
        }
        if (!account.enabled() || (account.isLockedAt(now) && !isKnownSource(account, attempt.source(), now))) {
            String reason = account.enabled() ? "locked until " + account.lockedUntil() : "disabled";
            audit.recordAs(name, "SIGN_IN_FAILED", "Account", account.id(), detail(attempt, reason));
            return new SignInOutcome.Failure();
        }
        throttle.succeeded(attempt.source(), name);
        rememberSource(account, attempt.source(), now);
        account.recordSuccessfulSignIn(now);
        if (attempt.audited()) {
            audit.recordAs(name, "SIGN_IN", "Account", account.id(), detail(attempt, null));
        }
        return new SignInOutcome.Success(Identity.of(account));
    }

    /**
     * Whether a page session may go on acting for its account. A session outlives the sign-in that
     * started it, so disabling the account or its organisation must end it at its next request, as
     * it revokes the API tokens at once. A lock does not: anyone can lock an account by guessing,
     * and that must not throw its holder out.
     */
    public boolean mayContinue(Identity identity) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.id = :id AND a.enabled = TRUE AND a.organisation.enabled = TRUE",
                        Long.class)
                .setParameter("id", identity.accountId()).getSingleResult() > 0;
    }

    private void recordFailure(SignInAttempt attempt, String name, Account account, Instant now, String reason) {
        MarketSettings current = settings.current();
        int threshold = (int) current.count(SettingKey.LOGIN_LOCK_THRESHOLD);
        Duration lockDuration = current.duration(SettingKey.LOGIN_LOCK_DURATION);
        SignInThrottle.Consequence consequence = throttle.failed(attempt.source(), name, now, threshold, lockDuration);
        // the account row before the audit chain's head, in the order every other writer takes them
        boolean accountLocked = account != null && countAgainstAccount(account, now);
        String actor = name.isEmpty() ? "anonymous" : name;
        Object entityId = account == null ? name : account.id();
        audit.recordAs(actor, "SIGN_IN_FAILED", "Account", entityId, detail(attempt, reason));
        switch (consequence) {
            case PAIR_LOCKED -> audit.recordAs("system", "SIGN_IN_LOCKED", "Account", entityId,
                    StoredText.facts("source", attempt.source(), "until", now.plus(lockDuration), "failures", threshold));
            case SOURCE_THROTTLED -> audit.recordAs("system", "SIGN_IN_THROTTLED", "Source", attempt.source(),
                    StoredText.facts("failures", SignInThrottle.SOURCE_LIMIT, "within", SignInThrottle.SOURCE_WINDOW));
            case NONE -> {
                // nothing started
            }
        }
        if (accountLocked) {
            audit.recordAs("system", "ACCOUNT_LOCKED", "Account", account.id(),
                    StoredText.facts("until", account.lockedUntil(), "failures", ACCOUNT_FAILURE_CAP, "within", ACCOUNT_FAILURE_WINDOW));
        }
    }

    /**
     * Counts the failure on the account row, read afresh under its lock: a guess spread over many sources arrives
     * in parallel, and counting on a copy read before the hash would lose most of the failures. Only failures
     * take the lock, so a holder's sign-ins never queue behind each other.
     */
    private boolean countAgainstAccount(Account account, Instant now) {
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        return account.recordFailedSignIn(now, ACCOUNT_FAILURE_CAP, ACCOUNT_FAILURE_WINDOW);
    }

    private boolean isKnownSource(Account account, String source, Instant now) {
        return findSource(account, SignInThrottle.sourceKey(source)).filter(known -> known.isKnownAt(now)).isPresent();
    }

    /**
     * Remembers the address of a successful sign-in. A new one is added under the account row's lock, which two
     * sign-ins of one account from one new address would otherwise both insert; a known one is renewed without it.
     * Addresses the account has not used for {@link KnownSignInSource#MEMORY} are forgotten at the same time.
     */
    private void rememberSource(Account account, String source, Instant now) {
        String key = SignInThrottle.sourceKey(source);
        if (key.length() > KnownSignInSource.MAX_SOURCE) {
            return;
        }
        Optional<KnownSignInSource> known = findSource(account, key);
        if (known.isEmpty()) {
            em.lock(account, LockModeType.PESSIMISTIC_WRITE);
            known = findSource(account, key);
        }
        if (known.isPresent()) {
            known.get().signedInAgain(now);
            return;
        }
        em.createNamedQuery(KnownSignInSource.FORGET_OLDER)
                .setParameter("account", account).setParameter("horizon", now.minus(KnownSignInSource.MEMORY))
                .executeUpdate();
        em.persist(new KnownSignInSource(account, key, now));
    }

    private Optional<KnownSignInSource> findSource(Account account, String key) {
        return em.createNamedQuery(KnownSignInSource.FIND, KnownSignInSource.class)
                .setParameter("account", account).setParameter("source", key)
                .getResultStream().findFirst();
    }

    private static StoredText detail(SignInAttempt attempt, String reason) {
        return StoredText.facts("channel", attempt.channel(), "source", attempt.source(), "reasonCode", reason);
    }

    private Account findAccount(String username) {
        if (username.isEmpty()) {
            return null;
        }
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }
}
