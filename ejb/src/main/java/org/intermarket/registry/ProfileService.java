package org.intermarket.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.intermarket.audit.AuditTrail;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.Like;
import org.intermarket.shared.ListQuery;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/** An organisation's profile: read by itself and supervisors, changed only by itself; and the supervisors' list of them. */
@Stateless
public class ProfileService {

    private static final Set<OrganisationType> MARKET_SIDES = EnumSet.of(OrganisationType.OWNER, OrganisationType.AGENCY);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Membership membership;

    @Inject
    private AuditTrail audit;

    @Inject
    private Offices offices;

    @RolesAllowed({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR})
    public Organisation organisation(@NotNull Long id) {
        membership.requireOwnOrSupervisor(id);
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("organisation", id);
        }
        return organisation;
    }

    /**
     * Owners and agencies for supervisors, newest first; government offices are not market
     * participants and are not listed. The region is fetched with each row, so a page is two statements.
     * An office lists the organisations it decides about (its {@link Jurisdiction}): a city's platform office those
     * registered in its region, the province's every one, an industry department none; the condition is in both
     * statements, so the count and the pages are the jurisdiction's.
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public Page<Organisation> search(@NotNull OrganisationQuery query, @NotNull PageRequest page) {
        ListQuery list = new ListQuery().and(offices.jurisdiction().organisationsJpql("o.id")).and("o.type IN :types", "types",
                query.type() == null || query.type() == OrganisationType.GOVERNMENT ? MARKET_SIDES : Set.of(query.type()));
        String text = query.text() == null ? "" : query.text().strip();
        if (CreditCode.isValid(text.toUpperCase(Locale.ROOT))) {
            list.and("o.creditCode = :code", "code", CreditCode.of(text.toUpperCase(Locale.ROOT)));
        } else if (!text.isEmpty()) {
            list.and("LOWER(o.name) LIKE :text", "text", Like.containing(text));
        }
        if (query.enabled() != null) {
            list.and("o.enabled = :enabled", "enabled", query.enabled());
        }
        return list.page(em, "SELECT o FROM Organisation o JOIN FETCH o.region", "SELECT COUNT(o) FROM Organisation o",
                "ORDER BY o.createdAt DESC, o.id DESC", Organisation.class, page);
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
        audit.record("PROFILE_UPDATED", "Organisation", id, StoredText.facts("region", region.code(), "legalRepresentative", organisation.legalRepresentative(),
                "contact", organisation.contactPerson(), "phone", organisation.contactPhone()));
        return organisation;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
