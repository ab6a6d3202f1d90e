package org.intermarket.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one account of an agency wants to hear of by mail: needs for these service items in these regions (no region
 * listed: the whole province), at once or in a daily digest, in its language. Switched off rather than deleted, so
 * a one-click unsubscribe keeps its token meaning the same subscription.
 */
@Entity
@Table(name = "mail_subscription")
@NamedQuery(name = MailSubscription.FIND_BY_ACCOUNT, query = "SELECT s FROM MailSubscription s WHERE s.accountId = :account")
@NamedQuery(name = MailSubscription.FIND_MATCHING, query = MailSubscription.READER
        + " FROM MailSubscription s, Account a WHERE a.id = s.accountId AND s.active = TRUE AND a.enabled = TRUE AND a.organisation.enabled = TRUE AND a.email IS NOT NULL"
        + " AND s.organisationId <> :owner AND :item MEMBER OF s.itemCodes"
        + " AND (s.regionCodes IS EMPTY OR :region MEMBER OF s.regionCodes OR :city MEMBER OF s.regionCodes OR :province MEMBER OF s.regionCodes)"
        + " ORDER BY s.accountId")
@NamedQuery(name = MailSubscription.FIND_BY_ORGANISATIONS, query = MailSubscription.READER
        + " FROM MailSubscription s, Account a WHERE a.id = s.accountId AND s.active = TRUE AND a.enabled = TRUE AND a.organisation.enabled = TRUE"
        + " AND a.email IS NOT NULL AND s.organisationId IN :organisations ORDER BY s.accountId")
public class MailSubscription {

    public static final String FIND_BY_ACCOUNT = "MailSubscription.findByAccount";
    /**
     * The readers of a need: active subscriptions to its item whose regions take in the need's region (its own code, its
     * city's or its province's), of enabled accounts with an address, not of the owner's own organisation.
     */
    public static final String FIND_MATCHING = "MailSubscription.findMatching";

    /** The readers among the accounts of these organisations (the bidders of a need), whatever their items and regions. */
    public static final String FIND_BY_ORGANISATIONS = "MailSubscription.findByOrganisations";

    static final String READER = "SELECT new org.intermarket.mail.Reader(s.id, s.accountId, a.email, s.language, s.frequency, s.digestHour)";

    public static final int MAX_ITEMS = 200;
    public static final int MAX_REGIONS = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency;

    /** The hour (0-23, Beijing time) a daily digest goes out; null for {@link Frequency#IMMEDIATE}. */
    @Column(name = "digest_hour")
    private Integer digestHour;

    /** {@code zh} or {@code en}: the language of its mails. */
    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection
    @CollectionTable(name = "mail_subscription_item", joinColumns = @JoinColumn(name = "subscription_id"))
    @Column(name = "item_code")
    private Set<String> itemCodes = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "mail_subscription_region", joinColumns = @JoinColumn(name = "subscription_id"))
    @Column(name = "region_code")
    private Set<String> regionCodes = new TreeSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private int version;

    protected MailSubscription() {
    }

    public MailSubscription(Long accountId, Long organisationId, Instant now) {
        this.accountId = Objects.requireNonNull(accountId);
        this.organisationId = Objects.requireNonNull(organisationId);
        this.frequency = Frequency.IMMEDIATE;
        this.language = "zh";
        this.createdAt = Objects.requireNonNull(now);
        this.changedAt = now;
    }

    /** Replaces the choice and switches the subscription on: saving it is subscribing. */
    public void choose(Set<String> items, Set<String> regions, Frequency frequency, Integer digestHour, String language, Instant now) {
        if (items.isEmpty() || items.size() > MAX_ITEMS || regions.size() > MAX_REGIONS) {
            throw new IllegalArgumentException("between 1 and " + MAX_ITEMS + " items and at most " + MAX_REGIONS + " regions");
        }
        if ((frequency == Frequency.DAILY) != (digestHour != null) || (digestHour != null && (digestHour < 0 || digestHour > 23))) {
            throw new IllegalArgumentException("a daily digest, and only a daily digest, has an hour from 0 to 23");
        }
        if (!"zh".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("language zh or en: " + language);
        }
        itemCodes.clear();
        itemCodes.addAll(items);
        regionCodes.clear();
        regionCodes.addAll(regions);
        this.frequency = frequency;
        this.digestHour = digestHour;
        this.language = language;
        this.active = true;
        this.changedAt = now;
    }

    /** Switches mail off; returns whether it was on (an unsubscribe link followed twice changes nothing the second time). */
    public boolean unsubscribe(Instant now) {
        if (!active) {
            return false;
        }
        active = false;
        changedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Frequency frequency() {
        return frequency;
    }

    public Integer digestHour() {
        return digestHour;
    }

    public String language() {
        return language;
    }

    public boolean active() {
        return active;
    }

    public Set<String> itemCodes() {
        return Set.copyOf(itemCodes);
    }

    public Set<String> regionCodes() {
        return Set.copyOf(regionCodes);
    }

    public Instant changedAt() {
        return changedAt;
    }

    public int version() {
        return version;
    }
}
