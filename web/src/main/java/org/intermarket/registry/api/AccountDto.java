package org.intermarket.registry.api;

import org.intermarket.registry.Account;
import org.intermarket.registry.Organisation;
import org.intermarket.registry.OrganisationType;
import org.intermarket.registry.Role;

/** An account as its holder sees it (GET /me): never the password hash. */
public record AccountDto(String username, Role role, String email, OrganisationRef organisation) {

    public record OrganisationRef(long id, String name, OrganisationType type, String creditCode, String region) {
    }

    public static AccountDto of(Account account) {
        Organisation org = account.organisation();
        return new AccountDto(account.username(), account.role(), account.email(),
                new OrganisationRef(org.id(), org.name(), org.type(), org.creditCode().value(), org.region().code()));
    }
}
