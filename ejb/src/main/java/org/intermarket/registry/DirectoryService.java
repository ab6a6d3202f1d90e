package org.intermarket.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.intermarket.shared.Like;
import org.intermarket.shared.ListQuery;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;

/**
 * The public face of the registry: the agency directory, an agency's public profile, and every
 * guide for an item side by side. A page of the directory costs three statements whatever its
 * size: the count, the rows, and the items of all agencies on the page.
 */
@Stateless
@PermitAll
public class DirectoryService {

    private static final Set<AgencyStatus> LISTED = EnumSet.of(AgencyStatus.ACTIVE, AgencyStatus.SUSPENDED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegistryQueries queries;

    @Inject
    private Membership membership;

    public Page<DirectoryEntry> search(@NotNull DirectoryQuery query, @NotNull PageRequest page) {
        ListQuery list = new ListQuery().and("ag.status IN :statuses", "statuses", query.status() == null ? LISTED : Set.of(query.status()));
        if (query.text() != null && !query.text().isBlank()) {
            list.and("LOWER(o.name) LIKE :text", "text", Like.containing(query.text()));
        }
        if (query.region() != null && !query.region().isBlank()) {
            list.and("r.code LIKE :region", "region", Regions.prefix(query.region().trim()) + "%");
        }
        if (query.level() != null) {
            list.and("ag.creditLevel = :level", "level", query.level());
        }
        if (query.itemCode() != null && !query.itemCode().isBlank()) {
            list.and("EXISTS (SELECT g.id FROM ServiceGuide g WHERE g.agency = ag AND g.itemCode = :item)", "item",
                    query.itemCode().trim().toUpperCase(Locale.ROOT));
        }
        String from = " FROM Agency ag JOIN ag.organisation o JOIN o.region r";
        Page<DirectoryEntry.Row> found = list.page(em, "SELECT new org.intermarket.registry.DirectoryEntry$Row(ag.id, o.name,"
                + " r.code, r.nameZh, r.nameEn, ag.status, ag.creditScore, ag.creditLevel, ag.ratingMean, ag.ratingCount)" + from,
                "SELECT COUNT(ag)" + from, "ORDER BY ag.creditScore DESC, o.name, ag.id", DirectoryEntry.Row.class, page);
        Map<Long, List<String>> items = itemsServed(found.items().stream().map(DirectoryEntry.Row::id).toList());
        return found.withItems(found.items().stream().map(row -> row.with(items.getOrDefault(row.id(), List.of()))).toList());
    }

    /**
     * An agency's public profile. Agencies that were never admitted are not public: only the
     * agency itself and supervisors see them.
     */
    public AgencyRecord profile(@NotNull Long agencyId) {
        visible(agencyId);
        return queries.record(agencyId);
    }

    /**
     * The agency if the caller may see its public record: once admitted, anyone; before that,
     * only the agency itself and supervisors. Otherwise 404, as if it did not exist.
     */
    public Agency visible(@NotNull Long agencyId) {
        Agency agency = queries.agency(agencyId);
        if (agency.admittedAt() == null && !membership.isSupervisor() && !membership.isOwnOrganisation(agencyId)) {
            throw new NotFoundException("agency", agencyId);
        }
        return agency;
    }

    /** Every active agency's guide for an item, quickest first. */
    public List<GuideOffer> offers(@NotNull String itemCode) {
        return em.createQuery("SELECT new org.intermarket.registry.GuideOffer(ag.id, o.name, o.region.code, ag.creditLevel,"
                        + " ag.creditScore, g.serviceDays, g.feeStandard, g.conditions, g.process, g.updatedAt)"
                        + " FROM ServiceGuide g JOIN g.agency ag JOIN ag.organisation o"
                        + " WHERE g.itemCode = :item AND ag.status = :active ORDER BY g.serviceDays, ag.creditScore DESC, o.name",
                        GuideOffer.class)
                .setParameter("item", itemCode.trim().toUpperCase(Locale.ROOT))
                .setParameter("active", AgencyStatus.ACTIVE)
                .getResultList();
    }

    private Map<Long, List<String>> itemsServed(List<Long> agencyIds) {
        Map<Long, List<String>> items = new HashMap<>();
        if (agencyIds.isEmpty()) {
            return items;
        }
        em.createQuery("SELECT g.agency.id, g.itemCode FROM ServiceGuide g WHERE g.agency.id IN :ids ORDER BY g.itemCode",
                        Object[].class)
                .setParameter("ids", agencyIds).getResultList()
                .forEach(row -> items.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return items;
    }
}
