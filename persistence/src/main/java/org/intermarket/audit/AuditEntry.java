package org.intermarket.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.intermarket.shared.Sha256;

/**
 * One link of the tamper-evident audit chain. Its hash covers every other field and
 * the previous entry's hash, so changing any stored entry breaks the chain from there on.
 * Entries are never updated or deleted.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_FROM,
        query = "SELECT e FROM AuditEntry e WHERE e.seq > :after ORDER BY e.seq")
public class AuditEntry {

    public static final String FIND_FROM = "AuditEntry.findFrom";

    @Id
    private long seq;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private String entityId;

    @Column(nullable = false)
    private String detail;

    @Column(nullable = false)
    private String digest;

    @Column(name = "previous_hash", nullable = false)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false)
    private String entryHash;

    protected AuditEntry() {
    }

    /** The entry that follows {@code head}. Time is kept to the microsecond, as both databases store it. */
    AuditEntry(AuditHead head, Instant recordedAt, String actor, String action,
               String entityType, String entityId, String detail) {
        this.seq = head.lastSeq() + 1;
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail;
        this.digest = Sha256.hex(detail);
        this.previousHash = head.lastHash();
        this.entryHash = computeHash();
    }

    /** Recomputes the hash from the stored fields; differs from {@link #entryHash()} once a field was altered. */
    public String computeHash() {
        String canonical = String.join("\n", Long.toString(seq), recordedAt.toString(), actor, action,
                entityType, entityId, digest, previousHash);
        return Sha256.hex(canonical);
    }

    /** Whether the digest still matches the detail it summarises. */
    public boolean digestMatchesDetail() {
        return digest.equals(Sha256.hex(detail));
    }

    public long seq() {
        return seq;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String detail() {
        return detail;
    }

    public String digest() {
        return digest;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }
}
