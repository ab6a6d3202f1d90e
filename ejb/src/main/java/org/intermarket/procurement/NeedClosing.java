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
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.intermarket.audit.AuditTrail;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;
import org.intermarket.shared.PerItem;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/**
 * Closes bidding on needs whose deadline has passed, once the bids received in time have all been stored. A bid is
 * judged by when it arrived, but in a deadline rush hundreds arrive in the last second and are stored over the next
 * seconds, queued behind authentication, the workers and the need's lock. So closing starts the settle period after
 * the deadline (the setting {@code bidSettlePeriod}, 5 seconds by default: time for a lone bid received just in time
 * to reach the lock) and then waits for as long as bids of the need are still being stored, until none has been for
 * {@link #QUIET} (at most {@link #LONGEST_WAIT} after the deadline). Closing takes the need's row lock exclusively, so
 * it also waits for every bid still in its transaction (they hold it shared) and then counts them all; a bid that
 * reaches the need after closing finds it closed and is refused (409), never silently lost. It only acts on a
 * PUBLISHED need past that moment, so a timer that fires twice, late, or on two nodes changes nothing twice.
 */
@Stateless
public class NeedClosing {

    /** Closing waits until no bid of the need has been stored for this long: the rush has been worked off. */
    static final Duration QUIET = Duration.ofSeconds(2);

    /** A stream of stored bids keeps a need open at most this long after its deadline. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NeedLocks needLocks;

    @Inject
    private Inbox inbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private SettingsService settings;

    @Resource
    private SessionContext context;

    @Inject
    private BidService bids;

    /** For an administrator: close every due need now (the start-up catch-up does the same). */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int closeDueNow() {
        return closeDue();
    }

    /** Every due need, each in its own transaction: one that fails does not hold the others open. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int closeDue() {
        List<Long> due = em.createQuery("SELECT n.id FROM Need n WHERE n.status = :published AND n.bidDeadline <= :settled ORDER BY n.bidDeadline",
                        Long.class)
                .setParameter("published", NeedStatus.PUBLISHED).setParameter("settled", clock.instant().minus(settle())).getResultList();
        NeedClosing self = context.getBusinessObject(NeedClosing.class);
        return PerItem.run("closing due needs", due, self::close).done();
    }

    /**
     * When to try again to close a need its timer could not close yet: when it may close (a timer that fired early,
     * bids still being stored), and a second from now at the earliest; empty once it is no longer open for bids.
     */
    @PermitAll
    public Optional<Instant> stillDue(Long needId) {
        Need need = em.find(Need.class, needId);
        if (need == null || need.status() != NeedStatus.PUBLISHED) {
            return Optional.empty();
        }
        Instant soonest = clock.instant().plusSeconds(1);
        Instant when = mayCloseAt(need);
        return Optional.of(when.isAfter(soonest) ? when : soonest);
    }

    /** The earliest moment closing may start: the deadline and the settle period after it. */
    @PermitAll
    public Instant closesAt(Need need) {
        return need.bidDeadline().plus(settle());
    }

    /** The earliest moment closing may start, and later while bids received in time are still being stored. */
    private Instant mayCloseAt(Need need) {
        Instant settled = closesAt(need);
        Instant lastStored = em.createQuery("SELECT MAX(b.changedAt) FROM Bid b WHERE b.need = :need AND b.round = :round", Instant.class)
                .setParameter("need", need).setParameter("round", need.round()).getSingleResult();
        if (lastStored == null) {
            return settled;
        }
        Instant quiet = lastStored.plus(QUIET);
        Instant longest = need.bidDeadline().plus(LONGEST_WAIT);
        Instant waited = quiet.isBefore(longest) ? quiet : longest;
        return waited.isAfter(settled) ? waited : settled;
    }

    private Duration settle() {
        return settings.current().duration(SettingKey.BID_SETTLE_PERIOD);
    }

    /** True when this call closed the need. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean close(Long needId) {
        Need need = needLocks.exclusive(needId);
        Instant now = clock.instant();
        if (need == null || now.isBefore(mayCloseAt(need))) {
            return false;
        }
        int live = em.createNamedQuery(Bid.COUNT_COUNTING_BY_NEED, Long.class).setParameter("need", need).getSingleResult().intValue();
        if (!need.close(live, now)) {
            return false;
        }
        Long owner = need.project().ownerOrganisationId();
        String link = "/need.xhtml?id=" + needId;
        if (need.status() == NeedStatus.FAILED) {
            audit.recordAs("system", "NEED_FAILED", "Need", needId, StoredText.facts("round", need.round(), "bids", live));
            inbox.postAbout(need, owner, NotificationKind.NEED_FAILED, link, String.valueOf(live));
        } else {
            audit.recordAs("system", "BIDDING_CLOSED", "Need", needId, StoredText.facts("round", need.round(), "bids", live,
                    "drawSeed", need.drawSeed()));
            inbox.postAbout(need, owner, NotificationKind.BIDDING_CLOSED, link, String.valueOf(live));
            markLowBids(need, now);
        }
        return true;
    }

    /** The round's rule marks its abnormally low bids; each goes on the public timeline and its agency is told. */
    private void markLowBids(Need need, Instant now) {
        for (LowBid mark : need.markLowBids(bids.valid(need), now)) {
            audit.recordAs("system", "BID_MARKED_LOW", "Need", need.id(), StoredText.facts("bid", mark.bidId(), "agency",
                    OrganisationNames.of(em, List.of(mark.agencyId())).get(mark.agencyId()),
                    "price", mark.price(), "meanLimit", mark.meanLimit(), "ceilingLimit", mark.ceilingLimit(), "explainBy", mark.explainBy()));
            inbox.postAbout(need, mark.agencyId(), NotificationKind.BID_MARKED_LOW, "/need.xhtml?id=" + need.id(), mark.price().toPlainString());
        }
    }
}
