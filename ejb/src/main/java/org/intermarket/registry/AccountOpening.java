package org.intermarket.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.intermarket.security.PasswordHasher;
import org.intermarket.shared.ConflictException;

/**
 * The rules every new account follows, whether an owner or agency registers itself or an
 * administrator opens a staff account: a free username and a password kept only as its hash.
 * The form rules (length, characters) are {@link Username} and {@link Password}.
 */
@Stateless
@PermitAll
public class AccountOpening {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    /** The username as stored (trimmed); 409 when an account holds it already. */
    public String freeUsername(String requested) {
        String username = requested.trim();
        if (!em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class).setParameter("username", username)
                .getResultList().isEmpty()) {
            throw new ConflictException("registry.username-taken", "the username " + username + " is taken");
        }
        return username;
    }

    /** A new, not yet persisted account; a blank email is no email. */
    public Account open(String username, String password, Role role, Organisation organisation, String email, Instant now) {
        return new Account(username, hasher.hash(password.toCharArray()), role, organisation,
                email == null || email.isBlank() ? null : email.trim(), now);
    }
}
