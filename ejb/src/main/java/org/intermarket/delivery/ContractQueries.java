package org.intermarket.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.intermarket.files.StoredFile;
import org.intermarket.registry.Membership;
import org.intermarket.registry.Offices;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;

/** Reading contracts: each party its own, supervisors all. Someone else's contract is reported missing. */
@Stateless
@RolesAllowed({Roles.OWNER, Roles.AGENCY, Roles.SUPERVISOR})
public class ContractQueries {

    private static final String ENTRY = "SELECT new org.intermarket.delivery.ContractEntry(c.id, n.id, p.name, n.itemCode, o.name, ao.name,"
            + " c.price, c.status, c.signedAt, c.dueDate, c.overdueSince)"
            + " FROM Contract c JOIN c.need n JOIN n.project p, Organisation o, Organisation ao"
            + " WHERE o.id = c.ownerOrganisationId AND ao.id = c.agencyId";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Membership membership;

    @Inject
    private Offices offices;

    public ContractView view(@NotNull Long contractId) {
        Contract contract = readable(contractId);
        List<Object[]> names = em.createQuery("SELECT p.name, o.name, ao.name FROM Contract c JOIN c.need n JOIN n.project p,"
                        + " Organisation o, Organisation ao WHERE c.id = :id AND o.id = c.ownerOrganisationId AND ao.id = c.agencyId", Object[].class)
                .setParameter("id", contractId).getResultList();
        Object[] row = names.get(0);
        List<Deliverable> deliverables = em.createNamedQuery(Deliverable.OF_CONTRACT, Deliverable.class).setParameter("contract", contract)
                .getResultList();
        Rating rating = em.createQuery("SELECT r FROM Rating r WHERE r.contract = :contract", Rating.class).setParameter("contract", contract)
                .getResultStream().findFirst().orElse(null);
        Rectification rectification = rating == null ? null : em.createQuery("SELECT x FROM Rectification x WHERE x.rating = :rating",
                Rectification.class).setParameter("rating", rating).getResultStream().findFirst().orElse(null);
        return new ContractView(contract, (String) row[0], contract.need().itemCode(), (String) row[1], (String) row[2], deliverables, rating,
                rectification);
    }

    /**
     * The caller's contracts (for supervisors, those on needs in their office's jurisdiction), newest first;
     * {@code overdueOnly} keeps the flagged ones.
     */
    public Page<ContractEntry> list(ContractStatus status, boolean overdueOnly, @NotNull PageRequest page) {
        StringBuilder where = new StringBuilder();
        if (membership.isSupervisor()) {
            where.append(" AND (").append(offices.jurisdiction().needsJpql("c.ownerOrganisationId", "c.need.itemCode")).append(")");
        } else {
            where.append(" AND (c.ownerOrganisationId = :me OR c.agencyId = :me)");
        }
        if (status != null) {
            where.append(" AND c.status = :status");
        }
        if (overdueOnly) {
            where.append(" AND c.overdueSince IS NOT NULL");
        }
        TypedQuery<ContractEntry> rows = em.createQuery(ENTRY + where + " ORDER BY c.signedAt DESC, c.id DESC", ContractEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Contract c WHERE 1 = 1" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            if (!membership.isSupervisor()) {
                query.setParameter("me", membership.organisationId());
            }
            if (status != null) {
                query.setParameter("status", status);
            }
        }
        List<ContractEntry> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /** The contracts of a need, newest first, for its parties and supervisors (a lapsed one stays on record). */
    public List<Contract> ofNeed(@NotNull Long needId) {
        return em.createQuery("SELECT c FROM Contract c WHERE c.need.id = :need ORDER BY c.signedAt DESC, c.id DESC", Contract.class)
                .setParameter("need", needId).getResultList().stream().filter(this::mayRead).toList();
    }

    public StoredFile deliverableFile(@NotNull Long contractId, @NotNull Long fileId) {
        readable(contractId);
        return em.createQuery("SELECT f FROM Deliverable d JOIN d.file f WHERE d.contract.id = :contract AND f.id = :file", StoredFile.class)
                .setParameter("contract", contractId).setParameter("file", fileId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("deliverable file", fileId));
    }

    private Contract readable(Long contractId) {
        Contract contract = em.find(Contract.class, contractId);
        if (contract == null || !mayRead(contract)) {
            throw new NotFoundException("contract", contractId);
        }
        return contract;
    }

    private boolean mayRead(Contract contract) {
        return membership.isSupervisor() ? offices.coversNeed(contract.need().id()) : contract.isParty(membership.organisationId());
    }
}
