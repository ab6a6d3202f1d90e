package org.intermarket.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.intermarket.audit.AuditTrail;
import org.intermarket.registry.Account;
import org.intermarket.registry.AccountService;
import org.intermarket.settings.MarketSettings;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;
import org.intermarket.shared.ThrottledException;

/**
 * A holder changes their own password. The current password is checked like a sign-in, under the same
 * throttle, so a session left open cannot be used to guess it; the change revokes every API token of the
 * account, since whoever knew the old password may hold one, and forgets every address the account signed in from
 * but the holder's own, since it may be one of them (a known address is not shut out by the account's cap).
 */
@Stateless
public class PasswordChange {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private SettingsService settings;

    @Inject
    private TokenService tokens;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR, Roles.ADMIN})
    public Account change(@NotNull @Valid PasswordChangeForm form, @NotNull String source) {
        Account account = accounts.me();
        Instant now = clock.instant();
        Optional<java.time.Duration> wait = throttle.waitBeforeTrying(source, account.username(), now);
        if (wait.isPresent()) {
            throw new ThrottledException(wait.get(), "too many wrong passwords from this address; wait before trying again");
        }
        if (!hasher.verify(form.currentPassword().toCharArray(), account.passwordHash())) {
            MarketSettings current = settings.current();
            throttle.failed(source, account.username(), now, (int) current.count(SettingKey.LOGIN_LOCK_THRESHOLD),
                    current.duration(SettingKey.LOGIN_LOCK_DURATION));
            throw new InvalidInputException("currentPassword", "the current password is wrong");
        }
        if (form.currentPassword().equals(form.newPassword())) {
            throw new InvalidInputException("newPassword", "the new password is the current one");
        }
        account.changePassword(hasher.hash(form.newPassword().toCharArray()));
        int revoked = tokens.revokeAllOf(account, now);
        em.createNamedQuery(KnownSignInSource.FORGET_ALL_BUT)
                .setParameter("account", account).setParameter("source", SignInThrottle.sourceKey(source))
                .executeUpdate();
        audit.record("PASSWORD_CHANGED", "Account", account.id(), StoredText.facts("tokens", revoked));
        return account;
    }
}
