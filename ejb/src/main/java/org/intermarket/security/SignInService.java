package org.intermarket.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.intermarket.audit.AuditTrail;
import org.intermarket.registry.Account;
import org.intermarket.settings.MarketSettings;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;

/**
 * Checks a username and password. Unknown user, wrong password, disabled and locked
 * accounts all fail the same way, so the answer never tells whether a username exists.
 * The threshold-th failure in a row locks the account and revokes its tokens.
 */
@Stateless
@PermitAll
public class SignInService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SettingsService settings;

    @Inject
    private TokenService tokens;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * @param audited whether a success is an audited sign-in (form login, token issue) rather than
     *                the per-request check of HTTP Basic; failures are always audited
     */
    public Optional<Identity> signIn(String username, String password, String channel, boolean audited) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.trim();
        Account account = findAccount(name);
        if (account == null || password == null) {
            hasher.verifyDecoy(password == null ? new char[0] : password.toCharArray());
            audit.recordAs(name.isEmpty() ? "anonymous" : name, "SIGN_IN_FAILED", "Account", name, "channel=" + channel + ", reason=unknown user");
            return Optional.empty();
        }
        boolean passwordMatches = hasher.verify(password.toCharArray(), account.passwordHash());
        if (!account.enabled() || account.isLockedAt(now)) {
            String reason = account.enabled() ? "locked until " + account.lockedUntil() : "disabled";
            audit.recordAs(name, "SIGN_IN_FAILED", "Account", account.id(), "channel=" + channel + ", reason=" + reason);
            return Optional.empty();
        }
        if (!passwordMatches) {
            recordFailure(account, now, channel);
            return Optional.empty();
        }
        account.recordSuccessfulSignIn();
        if (audited) {
            audit.recordAs(name, "SIGN_IN", "Account", account.id(), "channel=" + channel);
        }
        return Optional.of(Identity.of(account));
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

    private void recordFailure(Account account, Instant now, String channel) {
        MarketSettings current = settings.current();
        int threshold = (int) current.count(SettingKey.LOGIN_LOCK_THRESHOLD);
        boolean locked = account.recordFailedSignIn(now, threshold, current.duration(SettingKey.LOGIN_LOCK_DURATION));
        audit.recordAs(account.username(), "SIGN_IN_FAILED", "Account", account.id(), "channel=" + channel + ", reason=wrong password");
        if (locked) {
            int revoked = tokens.revokeAllOf(account, now);
            audit.recordAs("system", "ACCOUNT_LOCKED", "Account", account.id(),
                    "until " + account.lockedUntil() + " after " + threshold + " failed sign-ins; " + revoked + " tokens revoked");
        }
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
