package org.intermarket.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.NeedStatus;
import org.intermarket.registry.Offices;
import org.intermarket.shared.ListQuery;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;

/**
 * The supervisor's figure of mail's reach: per need of an item, the agencies its publication reached and how many of them
 * bid, for the needs the caller's office supervises.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class MailReach {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Offices offices;

    /**
     * Needs whose bidding has closed (who bid is sealed before) in the caller's office's jurisdiction, newest deadline
     * first, optionally of one item.
     */
    public Page<NeedReach> byNeed(String itemCode, @NotNull PageRequest page) {
        ListQuery list = new ListQuery().and("n.status IN :unsealed", "unsealed",
                Arrays.stream(NeedStatus.values()).filter(NeedStatus::unsealed).toList())
                .and(offices.jurisdiction().needsJpql("n.project.ownerOrganisationId", "n.itemCode"));
        if (itemCode != null && !itemCode.isBlank()) {
            list.and("n.itemCode = :item", "item", itemCode.trim().toUpperCase(Locale.ROOT));
        }
        Page<Need> needs = list.page(em, "SELECT n FROM Need n JOIN FETCH n.project", "SELECT COUNT(n) FROM Need n",
                "ORDER BY n.bidDeadline DESC, n.id DESC", Need.class, page);
        List<Long> ids = needs.items().stream().map(Need::id).toList();
        Map<Long, Set<Long>> reached = new HashMap<>();
        Map<Long, Set<Long>> bidders = new HashMap<>();
        if (!ids.isEmpty()) {
            // three statements for the whole page: mailed at once, gathered into a digest, and the bidders
            em.createQuery("SELECT m.needId, a.organisation.id FROM OutboxMessage m, Account a WHERE a.id = m.accountId"
                            + " AND m.kind = :published AND m.needId IN :ids", Object[].class)
                    .setParameter("published", MailKind.NEED_PUBLISHED).setParameter("ids", ids).getResultList()
                    .forEach(row -> reached.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]));
            em.createQuery("SELECT e.needId, a.organisation.id FROM DigestEntry e, Account a WHERE a.id = e.accountId"
                            + " AND e.outboxId IS NOT NULL AND e.needId IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> reached.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]));
            em.createQuery("SELECT DISTINCT b.need.id, b.agencyId FROM Bid b WHERE b.need.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> bidders.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]));
        }
        return needs.withItems(needs.items().stream().map(need -> {
            Set<Long> mailed = reached.getOrDefault(need.id(), Set.of());
            Set<Long> bid = bidders.getOrDefault(need.id(), Set.of());
            return new NeedReach(need.id(), need.itemCode(), need.project().name(), need.bidDeadline(), mailed.size(),
                    mailed.stream().filter(bid::contains).count());
        }).toList());
    }
}
