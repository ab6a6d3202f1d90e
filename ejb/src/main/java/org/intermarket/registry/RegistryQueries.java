package org.intermarket.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.intermarket.shared.NotFoundException;

/** Reads of registry records that several services share; callers do the access checks. */
@Stateless
@PermitAll
public class RegistryQueries {

    @PersistenceContext
    private EntityManager em;

    public Agency agency(Long id) {
        Agency agency = id == null ? null : em.find(Agency.class, id);
        if (agency == null) {
            throw new NotFoundException("agency", id);
        }
        return agency;
    }

    /**
     * The agency, locked for the rest of the transaction: taken first by every change of its credit inputs, so
     * that parallel changes queue on the row instead of one failing at its recompute on a stale version.
     */
    public Agency agencyForUpdate(Long id) {
        Agency agency = id == null ? null : em.find(Agency.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (agency == null) {
            throw new NotFoundException("agency", id);
        }
        return agency;
    }

    public AgencyRecord record(Long agencyId) {
        Agency agency = agency(agencyId);
        return new AgencyRecord(agency, qualifications(agencyId), guides(agencyId), admissions(agencyId));
    }

    public List<Qualification> qualifications(Long agencyId) {
        return em.createQuery("SELECT q FROM Qualification q LEFT JOIN FETCH q.certificateFile WHERE q.agency.id = :agency ORDER BY q.type, q.validTo DESC, q.id",
                Qualification.class).setParameter("agency", agencyId).getResultList();
    }

    public List<ServiceGuide> guides(Long agencyId) {
        return em.createQuery("SELECT g FROM ServiceGuide g WHERE g.agency.id = :agency ORDER BY g.itemCode", ServiceGuide.class)
                .setParameter("agency", agencyId).getResultList();
    }

    public List<Admission> admissions(Long agencyId) {
        return em.createQuery("SELECT a FROM Admission a JOIN FETCH a.agency WHERE a.agency.id = :agency ORDER BY a.submittedAt DESC, a.id DESC",
                Admission.class).setParameter("agency", agencyId).getResultList();
    }

    /** The qualification types the catalog asks for: the only ones worth holding here. */
    public List<String> qualificationTypes() {
        return em.createQuery("SELECT DISTINCT s.details.qualificationType FROM ServiceItem s"
                + " WHERE s.latest = TRUE AND s.details.qualificationType IS NOT NULL ORDER BY s.details.qualificationType",
                String.class).getResultList();
    }
}
