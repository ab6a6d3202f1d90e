package org.intermarket.security;

import java.io.Serializable;
import org.intermarket.registry.Account;
import org.intermarket.registry.Role;

/** Who a request is made by, once credentials were checked: enough to authorise, nothing secret. */
public record Identity(long accountId, String username, Role role, long organisationId) implements Serializable {

    static Identity of(Account account) {
        return new Identity(account.id(), account.username(), account.role(), account.organisation().id());
    }
}
