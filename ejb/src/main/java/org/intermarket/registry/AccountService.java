package org.intermarket.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.intermarket.shared.Caller;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Roles;

/** The signed-in account and the reference data of the registry. */
@Stateless
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @RolesAllowed({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR, Roles.ADMIN})
    public Account me() {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", caller.name())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("account", caller.name()));
    }

    @PermitAll
    public List<Region> regions() {
        return em.createNamedQuery(Region.FIND_ALL, Region.class).getResultList();
    }

    @PermitAll
    public long countOrganisations(OrganisationType type) {
        return em.createNamedQuery(Organisation.COUNT_BY_TYPE, Long.class).setParameter("type", type).getSingleResult();
    }
}
