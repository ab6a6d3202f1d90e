package org.intermarket.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.intermarket.audit.AuditTrail;
import org.intermarket.registry.Offices;
import org.intermarket.shared.Caller;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.Like;
import org.intermarket.shared.ListQuery;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/** The mandatory item list: public reading, supervisors keep it. Every change is a new version. */
@Stateless
public class CatalogService {

    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,31}";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Offices offices;

    @Inject
    private Clock clock;

    /** Latest versions matching the query, ordered by code, one page read from the database. */
    @PermitAll
    public Page<ServiceItem> search(@NotNull ItemQuery query, @NotNull PageRequest page) {
        ListQuery list = new ListQuery().and("s.latest = TRUE");
        if (query.text() != null && !query.text().isBlank()) {
            list.and("LOWER(s.code) LIKE :text OR LOWER(s.details.nameZh) LIKE :text OR LOWER(s.details.nameEn) LIKE :text",
                    "text", Like.containing(query.text()));
        }
        if (query.mandatory() != null) {
            list.and("s.details.mandatory = :mandatory", "mandatory", query.mandatory());
        }
        if (query.status() != null) {
            list.and("s.status = :status", "status", query.status());
        }
        return list.page(em, "SELECT s FROM ServiceItem s", "SELECT COUNT(s) FROM ServiceItem s", "ORDER BY s.code", ServiceItem.class, page);
    }

    /**
     * The latest version of every item, ordered by code: what a page's item choices and item names are read from.
     * Answered from the second-level cache until the catalog changes (ReferenceData), so a page pays no statement for it.
     */
    @PermitAll
    public List<ServiceItem> latest() {
        return em.createNamedQuery(ServiceItem.FIND_ALL_LATEST, ServiceItem.class).getResultList();
    }

    /** The latest version of every item now in force, ordered by code: the items a need may be published for. */
    @PermitAll
    public List<ServiceItem> active() {
        return latest().stream().filter(item -> item.status() == ItemStatus.ACTIVE).toList();
    }

    /** Read as a list, not a stream: Hibernate answers only a list from the query cache; a stream always runs the statement. */
    @PermitAll
    public ServiceItem find(String code) {
        return em.createNamedQuery(ServiceItem.FIND_LATEST_BY_CODE, ServiceItem.class)
                .setParameter("code", normaliseCode(code))
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("service item", code));
    }

    /** Every version of an item, newest first. */
    @PermitAll
    public List<ServiceItem> versions(String code) {
        List<ServiceItem> versions = em.createNamedQuery(ServiceItem.FIND_VERSIONS_BY_CODE, ServiceItem.class)
                .setParameter("code", normaliseCode(code)).getResultList();
        if (versions.isEmpty()) {
            throw new NotFoundException("service item", code);
        }
        return versions;
    }

    /** The mandatory item list as it stood on {@code date}. */
    @PermitAll
    public List<ServiceItem> mandatoryListOn(@NotNull LocalDate date) {
        return em.createNamedQuery(ServiceItem.FIND_IN_FORCE_ON, ServiceItem.class)
                .setParameter("date", date).getResultList();
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public ServiceItem create(@NotNull @Pattern(regexp = CODE_PATTERN) String code, @NotNull @Valid ItemForm form,
                              LocalDate effectiveFrom) {
        offices.requireCatalogKeeper();
        String normalised = normaliseCode(code);
        if (em.createNamedQuery(ServiceItem.FIND_VERSIONS_BY_CODE, ServiceItem.class)
                .setParameter("code", normalised).setMaxResults(1).getResultStream().findFirst().isPresent()) {
            throw new ConflictException("catalog.code-taken", "a service item with code " + normalised + " exists");
        }
        LocalDate today = LocalDate.now(clock);
        if (effectiveFrom != null && effectiveFrom.isBefore(today)) {
            throw new InvalidInputException("effectiveFrom", "an item cannot take effect in the past");
        }
        ServiceItem item = ServiceItem.create(normalised, form.toDetails(),
                effectiveFrom == null ? today : effectiveFrom, clock.instant(), caller.name());
        persist(item);
        audit.record("ITEM_CREATED", "ServiceItem", normalised, describe(item, null));
        return item;
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public ServiceItem revise(@NotNull String code, @NotNull @Valid ItemForm form) {
        offices.requireCatalogKeeper();
        ServiceItem current = find(code);
        ItemDetails details = form.toDetails();
        if (current.status() == ItemStatus.RETIRED) {
            throw new ConflictException("catalog.item-retired", "service item " + current.code() + " is retired and cannot be changed");
        }
        if (details.equals(current.details())) {
            return current;
        }
        Instant now = clock.instant();
        ServiceItem next = current.revise(details, LocalDate.now(clock), now, caller.name());
        em.flush();
        persist(next);
        audit.record("ITEM_REVISED", "ServiceItem", next.code(), describe(next, next.version()));
        return next;
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public ServiceItem retire(@NotNull String code, String reason) {
        offices.requireCatalogKeeper();
        ServiceItem current = find(code);
        current.retire(LocalDate.now(clock), clock.instant(), caller.name());
        audit.record("ITEM_RETIRED", "ServiceItem", current.code(),
                StoredText.facts("version", current.version(), "reason", reason == null || reason.isBlank() ? "—" : reason.trim()));
        return current;
    }

    private void persist(ServiceItem item) {
        try {
            em.persist(item);
            em.flush();
        } catch (PersistenceException concurrentChange) {
            // The (code, version) constraint: another supervisor changed the item at the same moment.
            throw new ConflictException("catalog.concurrent-change",
                    "service item " + item.code() + " was changed by someone else just now; reload and try again");
        }
    }

    private static StoredText describe(ServiceItem item, Integer version) {
        ItemDetails d = item.details();
        return StoredText.facts("version", version, "nameZh", d.nameZh(), "nameEn", d.nameEn(), "department", d.department(),
                "qualification", d.qualificationType() == null ? "—" : d.qualificationType(), "days", d.standardDays(),
                "fee", d.feeBasis(), "mandatory", d.mandatory(), "from", item.effectiveFrom());
    }

    private static String normaliseCode(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }
}
