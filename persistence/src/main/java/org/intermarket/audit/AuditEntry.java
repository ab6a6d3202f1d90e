package org.intermarket.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ExcludeDefaultListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.intermarket.shared.Sha256;

/**
 * One entry of the audit log, written in the transaction of the change it records. Its number comes from a
 * sequence (no lock); its position in the log's Merkle tree is given later, once it committed, by the sequencer.
 * The leaf the tree holds is the SHA-256 of {@link #leafInput()}, which covers every field (the detail through its
 * digest), so changing a stored entry makes it disagree with the tree the log signed. Entries are never updated or
 * deleted; only their position is set, once.
 */
@Entity
// The log's own rows do not count as changes of the market (MarketChanges): see there.
@ExcludeDefaultListeners
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_UNPLACED,
        query = "SELECT e FROM AuditEntry e WHERE e.position IS NULL ORDER BY e.seq")
@NamedQuery(name = AuditEntry.FIND_PLACED_FROM,
        query = "SELECT e FROM AuditEntry e WHERE e.position >= :from ORDER BY e.position")
@NamedQuery(name = AuditEntry.FIND_BY_POSITION,
        query = "SELECT e FROM AuditEntry e WHERE e.position = :position")
@NamedQuery(name = AuditEntry.COUNT_UNPLACED, query = "SELECT COUNT(e) FROM AuditEntry e WHERE e.position IS NULL")
public class AuditEntry {

    public static final String FIND_UNPLACED = "AuditEntry.findUnplaced";
    public static final String FIND_PLACED_FROM = "AuditEntry.findPlacedFrom";
    public static final String FIND_BY_POSITION = "AuditEntry.findByPosition";
    public static final String COUNT_UNPLACED = "AuditEntry.countUnplaced";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long seq;

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

    @Column(name = "log_position")
    private Long position;

    protected AuditEntry() {
    }

    /** A new entry. Time is kept to the microsecond, as both databases store it, so the leaf is the same read back. */
    public AuditEntry(Instant recordedAt, String actor, String action, String entityType, String entityId, String detail) {
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = Objects.requireNonNull(entityId);
        this.detail = Objects.requireNonNull(detail);
        this.digest = Sha256.hex(detail);
    }

    /**
     * What the log's leaf hashes: the entry's fields, one per line, the detail by its digest, in UTF-8. Anyone holding
     * the entry can rebuild it and check it against a tree head: leaf hash = SHA-256(0x00 ‖ these bytes).
     */
    public String leafInput() {
        return String.join("\n", Long.toString(seq), recordedAt.toString(), actor, action, entityType, entityId, digest);
    }

    public byte[] leafHash() {
        return MerkleTree.leafHash(leafInput().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the digest still matches the detail it summarises. */
    public boolean digestMatchesDetail() {
        return digest.equals(Sha256.hex(detail));
    }

    /** The sequencer places the entry in the log, once. */
    public void placeAt(long position) {
        if (this.position != null) {
            throw new IllegalStateException("entry " + seq + " is already at position " + this.position);
        }
        this.position = position;
    }

    public Long seq() {
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

    /** The 0-based index of the entry's leaf in the log, or null until the sequencer placed it. */
    public Long position() {
        return position;
    }
}
