package org.intermarket.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.ReferenceData;

/**
 * One version of a mandatory intermediary service item (中介服务事项). A change never
 * overwrites: the latest version is closed on the day of the change and a successor
 * takes over from that day, so the list in force on any past date can be read back.
 */
@Entity
@Cacheable
@Table(name = "service_item")
@NamedQuery(name = ServiceItem.FIND_LATEST_BY_CODE,
        query = "SELECT s FROM ServiceItem s WHERE s.code = :code AND s.latest = TRUE",
        hints = @QueryHint(name = ReferenceData.CACHED, value = "true"))
@NamedQuery(name = ServiceItem.FIND_ALL_LATEST,
        query = "SELECT s FROM ServiceItem s WHERE s.latest = TRUE ORDER BY s.code",
        hints = @QueryHint(name = ReferenceData.CACHED, value = "true"))
@NamedQuery(name = ServiceItem.FIND_VERSIONS_BY_CODE,
        query = "SELECT s FROM ServiceItem s WHERE s.code = :code ORDER BY s.version DESC")
@NamedQuery(name = ServiceItem.FIND_IN_FORCE_ON,
        query = "SELECT s FROM ServiceItem s WHERE s.details.mandatory = TRUE AND s.effectiveFrom <= :date"
                + " AND (s.effectiveTo IS NULL OR s.effectiveTo > :date) ORDER BY s.code")
public class ServiceItem {

    public static final String FIND_LATEST_BY_CODE = "ServiceItem.findLatestByCode";
    public static final String FIND_ALL_LATEST = "ServiceItem.findAllLatest";
    public static final String FIND_VERSIONS_BY_CODE = "ServiceItem.findVersionsByCode";
    public static final String FIND_IN_FORCE_ON = "ServiceItem.findInForceOn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    /** The item's own version number (1, 2, ...), not an optimistic-locking counter. */
    @Column(name = "item_version", nullable = false)
    private int version;

    /** True on exactly one row per code: the version that is current or last. */
    @Column(nullable = false)
    private boolean latest;

    @Embedded
    private ItemDetails details;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    /** Exclusive end; null while the version is open-ended. */
    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected ServiceItem() {
    }

    private ServiceItem(String code, int version, ItemDetails details, LocalDate effectiveFrom,
                        Instant changedAt, String changedBy) {
        this.code = Objects.requireNonNull(code);
        this.version = version;
        this.latest = true;
        this.details = Objects.requireNonNull(details);
        this.status = ItemStatus.ACTIVE;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.changedAt = Objects.requireNonNull(changedAt);
        this.changedBy = Objects.requireNonNull(changedBy);
    }

    /** The first version of a new item, in force from {@code effectiveFrom}. */
    public static ServiceItem create(String code, ItemDetails details, LocalDate effectiveFrom,
                                     Instant now, String actor) {
        return new ServiceItem(code, 1, details, effectiveFrom, now, actor);
    }

    /**
     * Closes this version and returns the next one, in force from {@code today}
     * (or from this version's start, if that lies ahead).
     */
    public ServiceItem revise(ItemDetails newDetails, LocalDate today, Instant now, String actor) {
        requireLatestActive("changed");
        LocalDate from = effectiveFrom.isAfter(today) ? effectiveFrom : today;
        this.latest = false;
        this.effectiveTo = from;
        return new ServiceItem(code, version + 1, newDetails, from, now, actor);
    }

    /** Stops new needs for this item from {@code from} on: this version ends there; history stays. */
    public void retire(LocalDate from, Instant now, String actor) {
        requireLatestActive("retired");
        this.status = ItemStatus.RETIRED;
        this.effectiveTo = from.isBefore(effectiveFrom) ? effectiveFrom : from;
        this.changedAt = now;
        this.changedBy = actor;
    }

    private void requireLatestActive(String verb) {
        if (!latest) {
            throw new IllegalStateException("only the latest version of " + code + " can be " + verb);
        }
        if (status == ItemStatus.RETIRED) {
            throw new ConflictException("catalog.item-retired", "service item " + code + " is retired and cannot be " + verb);
        }
    }

    /** Whether this version was the item's rule on {@code date}; a retired version stops at its retirement. */
    public boolean isInForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date)
                && (effectiveTo == null || effectiveTo.isAfter(date));
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public boolean latest() {
        return latest;
    }

    public ItemDetails details() {
        return details;
    }

    public ItemStatus status() {
        return status;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
