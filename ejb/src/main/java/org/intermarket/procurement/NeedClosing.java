package org.intermarket.procurement;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.intermarket.audit.AuditTrail;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.shared.Roles;

/**
 * Closes bidding on needs whose deadline has passed. Closing locks the need row, the same lock
 * a bid takes, so no bid slips in while a need closes; and it only acts on a PUBLISHED need
 * past its deadline, so a timer that fires twice, late, or on two nodes changes nothing twice.
 */
@Stateless
public class NeedClosing {

    private static final Logger LOG = Logger.getLogger(NeedClosing.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Inbox inbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** For an administrator: close every due need now (the start-up catch-up does the same). */
    @RolesAllowed(Roles.ADMIN)
    public int closeDueNow() {
        return closeDue();
    }

    /** Every due need, each in its own transaction: one that fails does not hold the others open. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int closeDue() {
        List<Long> due = em.createQuery("SELECT n.id FROM Need n WHERE n.status = :published AND n.bidDeadline <= :now ORDER BY n.bidDeadline",
                        Long.class)
                .setParameter("published", NeedStatus.PUBLISHED).setParameter("now", clock.instant()).getResultList();
        NeedClosing self = context.getBusinessObject(NeedClosing.class);
        int closed = 0;
        for (Long id : due) {
            try {
                closed += self.close(id) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing need " + id + " failed; the next sweep tries again", e);
            }
        }
        return closed;
    }

    /** True when this call closed the need. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean close(Long needId) {
        Need need = em.find(Need.class, needId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (need == null) {
            return false;
        }
        int live = em.createQuery("SELECT COUNT(b) FROM Bid b WHERE b.need = :need AND b.round = :round AND b.status = :live"
                        + " AND b.confirmed = TRUE", Long.class)
                .setParameter("need", need).setParameter("round", need.round()).setParameter("live", BidStatus.LIVE)
                .getSingleResult().intValue();
        if (!need.close(live, now)) {
            return false;
        }
        Long owner = need.project().ownerOrganisationId();
        String link = "/need.xhtml?id=" + needId;
        if (need.status() == NeedStatus.FAILED) {
            audit.recordAs("system", "NEED_FAILED", "Need", needId, "round " + need.round() + " closed with " + live + " bids: " + need.statusReason());
            inbox.post(owner, NotificationKind.NEED_FAILED, link, String.valueOf(needId), String.valueOf(live));
        } else {
            audit.recordAs("system", "BIDDING_CLOSED", "Need", needId, "round " + need.round() + " closed with " + live + " bids"
                    + (need.drawSeed() == null ? "" : "; draw seed revealed: " + need.drawSeed()));
            inbox.post(owner, NotificationKind.BIDDING_CLOSED, link, String.valueOf(needId), String.valueOf(live));
        }
        return true;
    }
}
