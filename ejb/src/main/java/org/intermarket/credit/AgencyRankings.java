package org.intermarket.credit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.intermarket.registry.AgencyStatus;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;

/**
 * Public rankings of active agencies, overall or among those with a service guide for an item:
 * by credit score, or by owners' ratings (agencies with at least one). Read from the figures the
 * credit context keeps on each agency, so a page is two queries however many agencies there are.
 */
@Stateless
@PermitAll
public class AgencyRankings {

    /** What the agencies are ranked by. */
    public enum By {
        CREDIT, RATING
    }

    @PersistenceContext
    private EntityManager em;

    public Page<RankedAgency> rank(@NotNull By by, String itemCode, @NotNull PageRequest page) {
        String where = " FROM Agency a JOIN a.organisation o WHERE a.status = :active"
                + (itemCode == null || itemCode.isBlank() ? ""
                : " AND EXISTS (SELECT g FROM ServiceGuide g WHERE g.agency = a AND g.itemCode = :item)")
                + (by == By.RATING ? " AND a.ratingCount > 0" : "");
        String order = by == By.CREDIT ? " ORDER BY a.creditScore DESC, a.ratingCount DESC, a.id"
                : " ORDER BY a.ratingMean DESC, a.ratingCount DESC, a.creditScore DESC, a.id";
        TypedQuery<RankedAgency> rows = em.createQuery("SELECT new org.intermarket.credit.RankedAgency(a.id, o.name, o.region.code,"
                + " o.region.nameZh, o.region.nameEn, a.creditScore, a.creditLevel, a.ratingMean, a.ratingCount, a.redListed)" + where + order,
                RankedAgency.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a)" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("active", AgencyStatus.ACTIVE);
            if (itemCode != null && !itemCode.isBlank()) {
                query.setParameter("item", itemCode.trim());
            }
        }
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page.page(), page.size(),
                count.getSingleResult());
    }
}
