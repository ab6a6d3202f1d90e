package org.intermarket.procurement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.intermarket.audit.AuditEntry;

/**
 * A need's public timeline: the audited events recorded against the need itself. Bid events
 * are recorded against the bids, so nothing sealed ever appears here.
 */
@Stateless
@PermitAll
public class Timeline {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NeedService needs;

    public List<AuditEntry> of(@NotNull Long needId) {
        needs.visible(needId);
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.entityType = 'Need' AND e.entityId = :id ORDER BY e.seq", AuditEntry.class)
                .setParameter("id", String.valueOf(needId)).getResultList();
    }
}
