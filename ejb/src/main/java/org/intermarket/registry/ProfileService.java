package org.intermarket.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.intermarket.audit.AuditTrail;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Roles;

/** An organisation's profile: read by itself and supervisors, changed only by itself. */
@Stateless
public class ProfileService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Membership membership;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR})
    public Organisation organisation(@NotNull Long id) {
        membership.requireOwnOrSupervisor(id);
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("organisation", id);
        }
        return organisation;
    }

    @RolesAllowed({Roles.OWNER, Roles.AGENCY})
    public Organisation update(@NotNull Long id, @NotNull @Valid ProfileForm form) {
        membership.requireOwn(id);
        Organisation organisation = organisation(id);
        Region region = em.find(Region.class, form.region());
        if (region == null) {
            throw new InvalidInputException("region", "unknown region code " + form.region());
        }
        organisation.updateProfile(region, form.legalRepresentative().trim(), blankToNull(form.contactPerson()),
                form.contactPhone().trim(), blankToNull(form.description()));
        audit.record("PROFILE_UPDATED", "Organisation", id, "region " + region.code() + ", legal representative "
                + organisation.legalRepresentative() + ", contact " + organisation.contactPerson() + " " + organisation.contactPhone());
        return organisation;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
