package org.intermarket.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.intermarket.shared.Caller;
import org.intermarket.shared.ForbiddenException;
import org.intermarket.shared.StoredText;

/**
 * The caller's government office and its {@link Jurisdiction}: every supervisor action and list asks here. A record
 * is checked by counting it under the jurisdiction's own condition, so a single record and a list obey the same rule.
 */
@Stateless
@PermitAll
public class Offices {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Membership membership;

    /** The office the caller acts for, if the caller is a supervisor of one. */
    public Optional<Office> mine() {
        if (!membership.isSupervisor()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Office.FIND_BY_USERNAME, Office.class).setParameter("username", caller.name())
                .getResultStream().findFirst();
    }

    /** The caller's jurisdiction; a supervisor account outside any office may act on nothing (403). */
    public Jurisdiction jurisdiction() {
        return mine().map(Office::jurisdiction)
                .orElseThrow(() -> new ForbiddenException("your account acts for no government office"));
    }

    /** Whether the caller is a supervisor whose office acts on this need: reads of a need's records ask this. */
    public boolean supervisesNeed(@NotNull Long needId) {
        return membership.isSupervisor() && coversNeed(needId);
    }

    /** Whether the need exists and is in the caller's jurisdiction. */
    public boolean coversNeed(@NotNull Long needId) {
        return em.createQuery("SELECT COUNT(n) FROM Need n WHERE n.id = :id AND ("
                        + jurisdiction().needsJpql("n.project.ownerOrganisationId", "n.itemCode") + ")", Long.class)
                .setParameter("id", needId).getSingleResult() > 0;
    }

    /**
     * Whether decisions about this agency (or owner) itself (admission, sanctions, credit inputs, disabling) are the
     * caller's office's.
     */
    public boolean decidesOrganisation(@NotNull Long organisationId) {
        return em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.id = :id AND ("
                        + jurisdiction().organisationsJpql("o.id") + ")", Long.class)
                .setParameter("id", organisationId).getSingleResult() > 0;
    }

    /**
     * Refuses (403) a decision about an agency or owner that is not the caller's office's to take. Organisations are
     * public (the directory), so the refusal says why instead of hiding them.
     */
    public void requireOrganisation(@NotNull Long organisationId) {
        if (!decidesOrganisation(organisationId)) {
            throw new ForbiddenException("decisions about organisation " + organisationId + " are taken by the platform office of its"
                    + " home region or of the province; your office's jurisdiction does not cover it");
        }
    }

    /** Refuses (403) a change of the catalog to any office but the province's platform office. */
    public void requireCatalogKeeper() {
        if (!jurisdiction().keepsCatalog()) {
            throw new ForbiddenException("the catalog of service items is kept by the province's platform office");
        }
    }

    /**
     * An audit entry's facts followed by those that name the caller's office ({@code office}: its name, which never
     * changes, and {@code officeId}); the facts alone for a caller who acts for no office.
     */
    public StoredText signed(StoredText detail) {
        return mine().map(office -> detail.and(StoredText.facts("office", office.name(), "officeId", office.id()))).orElse(detail);
    }
}
