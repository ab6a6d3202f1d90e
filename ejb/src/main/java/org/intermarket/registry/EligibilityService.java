package org.intermarket.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.ItemStatus;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.credit.CreditLevel;

/**
 * {@code canBid(agency, item, date)}: the registry's half of the bidding rule (DOMAIN.md "Who may
 * bid"). Qualification validity is judged by its dates on the given day, so the answer does not
 * wait for the daily expiry sweep.
 */
@Stateless
@PermitAll
public class EligibilityService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegistryQueries queries;

    @Inject
    private CatalogService catalog;

    @Inject
    private Clock clock;

    public Eligibility canBid(@NotNull Long agencyId, @NotNull String itemCode, @NotNull LocalDate date) {
        Agency agency = queries.agency(agencyId);
        ServiceItem item = catalog.find(itemCode);
        List<String> reasons = new ArrayList<>();
        if (agency.status() != AgencyStatus.ACTIVE) {
            reasons.add(Eligibility.NOT_ACTIVE);
        }
        if (agency.creditLevel() == CreditLevel.D) {
            reasons.add(Eligibility.CREDIT_LEVEL_D);
        }
        if (agency.blacklistedOn(LocalDate.now(clock)) || agency.blacklistedOn(date)) {
            reasons.add(Eligibility.BLACKLISTED);
        }
        if (item.status() != ItemStatus.ACTIVE) {
            reasons.add(Eligibility.ITEM_RETIRED);
        }
        if (!hasGuide(agencyId, item.code())) {
            reasons.add(Eligibility.NO_GUIDE);
        }
        String required = item.details().qualificationType();
        if (required != null && !holdsValid(agencyId, required, date)) {
            reasons.add(Eligibility.QUALIFICATION_MISSING);
        }
        return Eligibility.of(reasons);
    }

    private boolean hasGuide(Long agencyId, String itemCode) {
        return em.createQuery("SELECT COUNT(g) FROM ServiceGuide g WHERE g.agency.id = :agency AND g.itemCode = :item", Long.class)
                .setParameter("agency", agencyId).setParameter("item", itemCode).getSingleResult() > 0;
    }

    private boolean holdsValid(Long agencyId, String type, LocalDate date) {
        return em.createQuery("SELECT COUNT(q) FROM Qualification q WHERE q.agency.id = :agency AND q.type = :type"
                        + " AND q.validFrom <= :date AND q.validTo >= :date", Long.class)
                .setParameter("agency", agencyId).setParameter("type", type).setParameter("date", date)
                .getSingleResult() > 0;
    }
}
