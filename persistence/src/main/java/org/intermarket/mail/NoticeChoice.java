package org.intermarket.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ExcludeDefaultListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.intermarket.inbox.NotificationKind;

/**
 * Which kinds of its inbox's messages an account also wants by mail, and in which language. Any account with an inbox
 * may choose; the kinds a need subscription already mails ({@link #SUBSCRIPTION_KINDS}) are chosen there instead, so
 * one event never mails one reader twice.
 */
// Not a market change (MarketChanges): no public answer shows it.
@ExcludeDefaultListeners
@Entity
@Table(name = "mail_notice_choice")
@NamedQuery(name = NoticeChoice.FIND_BY_ACCOUNT, query = "SELECT c FROM NoticeChoice c WHERE c.accountId = :account")
@NamedQuery(name = NoticeChoice.FIND_READERS, query = "SELECT new org.intermarket.mail.NoticeReader(a.id, a.email, c.language)"
        + " FROM NoticeChoice c, Account a WHERE a.id = c.accountId AND a.organisation.id = :organisation AND a.enabled = TRUE"
        + " AND a.email IS NOT NULL AND :kind MEMBER OF c.kinds ORDER BY a.id")
public class NoticeChoice {

    public static final String FIND_BY_ACCOUNT = "NoticeChoice.findByAccount";
    /** The accounts of an organisation (enabled, with an address) that chose a kind of message by mail. */
    public static final String FIND_READERS = "NoticeChoice.findReaders";

    /** Told by mail through an agency's need subscription (its items, regions and pace), not chosen here. */
    public static final Set<NotificationKind> SUBSCRIPTION_KINDS = Set.copyOf(EnumSet.of(NotificationKind.NEED_PUBLISHED,
            NotificationKind.NEED_AMENDED, NotificationKind.NEED_CANCELLED));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    /** {@code zh} or {@code en}: the language of its mails. */
    @Column(nullable = false)
    private String language;

    @ElementCollection
    @CollectionTable(name = "mail_notice_choice_kind", joinColumns = @JoinColumn(name = "choice_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private Set<NotificationKind> kinds = new TreeSet<>();

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private int version;

    protected NoticeChoice() {
    }

    public NoticeChoice(Long accountId, Instant now) {
        this.accountId = Objects.requireNonNull(accountId);
        this.language = "zh";
        this.changedAt = Objects.requireNonNull(now);
    }

    /** The kinds an account may choose, in the inbox's order. */
    public static List<NotificationKind> choosable() {
        return Arrays.stream(NotificationKind.values()).filter(kind -> !SUBSCRIPTION_KINDS.contains(kind)).toList();
    }

    /** Replaces the choice; none is a choice too (no notice comes by mail). */
    public void choose(Set<NotificationKind> chosen, String language, Instant now) {
        if (chosen.stream().anyMatch(SUBSCRIPTION_KINDS::contains)) {
            throw new IllegalArgumentException("need publications, amendments and cancellations are chosen by the subscription");
        }
        if (!"zh".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("language zh or en: " + language);
        }
        kinds.clear();
        kinds.addAll(chosen);
        this.language = language;
        this.changedAt = Objects.requireNonNull(now);
    }

    /** Stops one kind coming by mail (its one-click link); false if it did not come by mail, which changes nothing. */
    public boolean stop(NotificationKind kind, Instant now) {
        if (!kinds.remove(kind)) {
            return false;
        }
        this.changedAt = Objects.requireNonNull(now);
        return true;
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public String language() {
        return language;
    }

    public Set<NotificationKind> kinds() {
        return kinds;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
