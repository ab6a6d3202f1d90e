package org.intermarket.delivery;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.intermarket.registry.DirectoryService;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;

/** Service quality is public (DOMAIN.md "Evaluation"): an agency's ratings, newest first, with the owner's name hidden. */
@Stateless
@PermitAll
public class PublicRatings {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DirectoryService directory;

    public Page<PublicRating> of(@NotNull Long agencyId, @NotNull PageRequest page) {
        directory.visible(agencyId);
        List<PublicRating> items = em.createQuery("SELECT new org.intermarket.delivery.PublicRating(r.id, c.need.itemCode, r.quality,"
                        + " r.timeliness, r.attitude, r.fee, r.comment, r.defaultRating, r.ratedAt)"
                        + " FROM Rating r JOIN r.contract c WHERE r.agencyId = :agency ORDER BY r.ratedAt DESC, r.id DESC", PublicRating.class)
                .setParameter("agency", agencyId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(r) FROM Rating r WHERE r.agencyId = :agency", Long.class)
                .setParameter("agency", agencyId).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }
}
