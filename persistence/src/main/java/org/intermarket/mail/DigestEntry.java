package org.intermarket.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ExcludeDefaultListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A published need waiting for a daily subscriber's digest; once gathered, it names the digest's mail. */
// Not counted as a market change (MarketChanges): the worker writes these every second while mail goes out, and no
// public answer shows them; the event that writes one changes what it is about, which is counted.
@ExcludeDefaultListeners
@Entity
@Table(name = "mail_digest_entry")
@NamedQuery(name = DigestEntry.DUE_ACCOUNTS, query = "SELECT DISTINCT e.accountId FROM DigestEntry e WHERE e.outboxId IS NULL AND e.dueAt <= :now")
@NamedQuery(name = DigestEntry.DUE_OF_ACCOUNT, query = "SELECT e FROM DigestEntry e WHERE e.outboxId IS NULL AND e.dueAt <= :now"
        + " AND e.accountId = :account ORDER BY e.id")
public class DigestEntry {

    public static final String DUE_ACCOUNTS = "DigestEntry.dueAccounts";
    public static final String DUE_OF_ACCOUNT = "DigestEntry.dueOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private Long subscriptionId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "need_id", nullable = false, updatable = false)
    private Long needId;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "outbox_id")
    private Long outboxId;

    protected DigestEntry() {
    }

    public DigestEntry(Long subscriptionId, Long accountId, Long needId, Instant dueAt, Instant now) {
        this.subscriptionId = Objects.requireNonNull(subscriptionId);
        this.accountId = Objects.requireNonNull(accountId);
        this.needId = Objects.requireNonNull(needId);
        this.dueAt = Objects.requireNonNull(dueAt);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Gathered into the digest mail {@code outboxId}; once only. */
    public void gatheredInto(Long outboxId) {
        if (this.outboxId != null) {
            throw new IllegalStateException("digest entry " + id + " is already in mail " + this.outboxId);
        }
        this.outboxId = Objects.requireNonNull(outboxId);
    }

    public Long id() {
        return id;
    }

    public Long subscriptionId() {
        return subscriptionId;
    }

    public Long accountId() {
        return accountId;
    }

    public Long needId() {
        return needId;
    }

    public Instant dueAt() {
        return dueAt;
    }
}
