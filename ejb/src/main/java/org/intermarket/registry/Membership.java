package org.intermarket.registry;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.intermarket.shared.Caller;
import org.intermarket.shared.ForbiddenException;
import org.intermarket.shared.Roles;

/**
 * Which organisation the caller acts for. Object-level checks go through here: an owner or an
 * agency may touch only what belongs to its own organisation.
 */
@Stateless
@PermitAll
public class Membership {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Resource
    private SessionContext context;

    public Optional<Account> account() {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", caller.name())
                .getResultStream().findFirst();
    }

    /** The caller's organisation id; a signed-in caller always has one. Read alone, not with the whole account: every bid asks. */
    public Long organisationId() {
        return em.createNamedQuery(Account.ORGANISATION_OF, Long.class).setParameter("username", caller.name())
                .getResultStream().findFirst()
                .orElseThrow(() -> new ForbiddenException("sign in to do this"));
    }

    public boolean isSupervisor() {
        return context.isCallerInRole(Roles.SUPERVISOR);
    }

    public boolean isOwnOrganisation(Long organisationId) {
        return account().map(account -> account.organisation().id().equals(organisationId)).orElse(false);
    }

    /** Refuses (403) unless the caller acts for this organisation. */
    public void requireOwn(Long organisationId) {
        if (!isOwnOrganisation(organisationId)) {
            throw new ForbiddenException("you may only change your own organisation's records");
        }
    }

    /** Refuses (403) unless the caller acts for this organisation or is a supervisor. */
    public void requireOwnOrSupervisor(Long organisationId) {
        if (!isSupervisor()) {
            requireOwn(organisationId);
        }
    }
}
