package org.intermarket.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The single row naming the last entry of the chain. Appending locks it (SELECT ... FOR UPDATE),
 * which orders appends across transactions and cluster nodes without gaps or forks.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final int ID = 1;
    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditHead() {
    }

    /** Links a new entry after the current head and moves the head to it. */
    public AuditEntry append(Instant at, String actor, String action, String entityType, String entityId, String detail) {
        AuditEntry entry = new AuditEntry(this, at, actor, action, entityType, entityId, detail);
        lastSeq = entry.seq();
        lastHash = entry.entryHash();
        return entry;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
