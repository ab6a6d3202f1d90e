package org.intermarket.registry;

import java.time.Instant;

/**
 * An account as administrators see it; never its password hash.
 *
 * @param enabled       whether it may sign in: its own switch and its organisation's
 * @param enabledItself its own switch, which is what an administrator turns
 * @param lockedUntil   the end of a lock that lasts now, else null
 */
public record AccountEntry(long id, String username, Role role, String email, long organisationId, String organisationName,
                           OrganisationType organisationType, boolean enabled, boolean enabledItself, Instant lockedUntil,
                           int failedAttempts, Instant createdAt) {

    static AccountEntry of(Account account, Instant now) {
        Organisation organisation = account.organisation();
        return new AccountEntry(account.id(), account.username(), account.role(), account.email(), organisation.id(),
                organisation.name(), organisation.type(), account.enabled(), account.enabledItself(),
                account.lockedUntilAt(now), account.failedAttempts(), account.createdAt());
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
