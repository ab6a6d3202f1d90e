package org.intermarket.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.intermarket.audit.AuditTrail;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.Like;
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
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public Page<Organisation> search(@NotNull OrganisationQuery query, @NotNull PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE o.type IN :types");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("types", query.type() == null || query.type() == OrganisationType.GOVERNMENT ? MARKET_SIDES : Set.of(query.type()));
        String text = query.text() == null ? "" : query.text().strip();
        if (CreditCode.isValid(text.toUpperCase(Locale.ROOT))) {
            where.append(" AND o.creditCode = :code");
            parameters.put("code", CreditCode.of(text.toUpperCase(Locale.ROOT)));
        } else if (!text.isEmpty()) {
            where.append(" AND LOWER(o.name) LIKE :text");
            parameters.put("text", Like.containing(text));
        }
        if (query.enabled() != null) {
            where.append(" AND o.enabled = :enabled");
            parameters.put("enabled", query.enabled());
        }
        TypedQuery<Organisation> rows = em.createQuery("SELECT o FROM Organisation o JOIN FETCH o.region" + where
                + " ORDER BY o.createdAt DESC, o.id DESC", Organisation.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM Organisation o" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Organisation> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(found, page.page(), page.size(), found.isEmpty() && page.page() == 0 ? 0 : count.getSingleResult());
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
