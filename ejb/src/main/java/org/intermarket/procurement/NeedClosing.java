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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.intermarket.audit.AuditTrail;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.shared.Roles;

/**
 * Closes bidding on needs whose deadline has passed, {@link #SETTLE} after it. Closing takes the need's row lock
 * exclusively, so it waits for every bid still being stored (they hold it shared) and then counts them all; a bid
 * that reaches the need after closing finds it closed. It only acts on a PUBLISHED need past its deadline and the
 * settle time, so a timer that fires twice, late, or on two nodes changes nothing twice.
 */
@Stateless
public class NeedClosing {

    private static final Logger LOG = Logger.getLogger(NeedClosing.class.getName());

    /**
     * How long after the deadline closing waits: the time a bid received just before the deadline has to get
     * through authentication and the queue of workers to the need's lock. The deadline rush benchmark's p99 from
     * receipt to answer is well below it; a bid later than that, though received in time, is refused, not lost.
     */
    public static final Duration SETTLE = Duration.ofSeconds(2);

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
        List<Long> due = em.createQuery("SELECT n.id FROM Need n WHERE n.status = :published AND n.bidDeadline <= :settled ORDER BY n.bidDeadline",
                        Long.class)
                .setParameter("published", NeedStatus.PUBLISHED).setParameter("settled", clock.instant().minus(SETTLE)).getResultList();
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

    /**
     * When a need that its timer could not close yet may close, if it is still open for bids and that moment is
     * still to come (a timer that fired early); empty when it closed, or an amendment's own timer will close it.
     */
    @PermitAll
    public Optional<Instant> stillDue(Long needId) {
        Need need = em.find(Need.class, needId);
        if (need == null || need.status() != NeedStatus.PUBLISHED) {
            return Optional.empty();
        }
        Instant when = closesAt(need);
        return clock.instant().isBefore(when) ? Optional.of(when) : Optional.empty();
    }

    /** When closing may start: the deadline and the settle time after it. */
    public static Instant closesAt(Need need) {
        return need.bidDeadline().plus(SETTLE);
    }

    /** True when this call closed the need. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean close(Long needId) {
        Need need = em.find(Need.class, needId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (need == null || now.isBefore(closesAt(need))) {
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
