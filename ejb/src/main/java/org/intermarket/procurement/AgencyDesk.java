package org.intermarket.procurement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.intermarket.registry.Membership;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;

/** The agency's own work, as its workspace shows it: its bids with their states, and the needs it may bid on now. */
@Stateless
@RolesAllowed(Roles.AGENCY)
public class AgencyDesk {

    /**
     * How many open needs of the agency's items are weighed, at most, for the short list: each is checked against the
     * whole bidding rule, so the list stays cheap; the full list of needs is one link away.
     */
    static final int CANDIDATES_PER_SHOWN_NEED = 3;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Membership membership;

    @Inject
    private BidService bids;

    @Inject
    private Clock clock;

    /**
     * The caller's bids of every round, latest deadline first, optionally only those in one state. Every round, not
     * only the current one: a bid of a round that failed keeps its receipt, and the agency looks for it here.
     */
    public Page<OwnBid> bids(BidState state, @NotNull PageRequest page) {
        Long agency = membership.organisationId();
        String where = " FROM Bid b JOIN b.need n JOIN n.project p WHERE b.agencyId = :agency"
                + (state == null ? "" : " AND " + BidState.OF_BID_AND_NEED + " = :state");
        TypedQuery<OwnBid> rows = em.createQuery("SELECT new org.intermarket.procurement.OwnBid(b.id, n.id, b.round, p.name, n.itemCode,"
                + " n.bidDeadline, b.price, b.receiptNo, b.submittedAt, " + BidState.OF_BID_AND_NEED + ")" + where
                + " ORDER BY n.bidDeadline DESC, b.id DESC", OwnBid.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(b)" + where, Long.class);
        Instant now = clock.instant();
        rows.setParameter("agency", agency).setParameter("now", now);
        count.setParameter("agency", agency);
        if (state != null) {
            rows.setParameter("state", state.name());
            count.setParameter("state", state.name()).setParameter("now", now);
        }
        List<OwnBid> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(found, page.page(), page.size(), count.getSingleResult());
    }

    /**
     * Up to {@code limit} published needs, soonest deadline first, that the caller may bid on and has not bid on yet.
     * The database narrows them to open needs of the items the agency keeps guides for, not its own organisation's;
     * whether it may bid is then BidService's own rule, the one a bid would meet.
     */
    public List<Need> biddableNeeds(int limit) {
        Long agency = membership.organisationId();
        List<Need> candidates = em.createQuery("SELECT n FROM Need n JOIN FETCH n.project WHERE n.status = :published"
                        + " AND n.bidDeadline > :now AND n.project.ownerOrganisationId <> :agency"
                        + " AND n.itemCode IN (SELECT g.itemCode FROM ServiceGuide g WHERE g.agency.id = :agency)"
                        + " AND NOT EXISTS (SELECT b FROM Bid b WHERE b.need = n AND b.round = n.round AND b.agencyId = :agency"
                        + " AND b.status = :live)"
                        + " ORDER BY n.bidDeadline, n.id", Need.class)
                .setParameter("published", NeedStatus.PUBLISHED).setParameter("now", clock.instant()).setParameter("agency", agency)
                .setParameter("live", BidStatus.LIVE)
                .setMaxResults(Math.multiplyExact(Math.max(limit, 1), CANDIDATES_PER_SHOWN_NEED)).getResultList();
        List<Need> biddable = new ArrayList<>();
        for (Need need : candidates) {
            if (biddable.size() == limit) {
                break;
            }
            if (bids.mayBid(need, agency)) {
                biddable.add(need);
            }
        }
        return biddable;
    }
}
