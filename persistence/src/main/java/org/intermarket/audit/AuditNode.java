package org.intermarket.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ExcludeDefaultListeners;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash of one complete, aligned subtree of the log's Merkle tree: level 0 is a leaf, level k the subtree of 2^k
 * leaves starting at leaf {@code index * 2^k}. Written once, when the sequencer completes the subtree, never changed.
 */
@Entity
// The log's own rows do not count as changes of the market (MarketChanges): see there.
@ExcludeDefaultListeners
@Table(name = "audit_node")
@IdClass(AuditNode.Key.class)
@NamedQuery(name = AuditNode.FIND_LEAVES_FROM,
        query = "SELECT n FROM AuditNode n WHERE n.level = 0 AND n.index >= :from AND n.index < :to ORDER BY n.index")
public class AuditNode {

    public static final String FIND_LEAVES_FROM = "AuditNode.findLeavesFrom";

    @Id
    @Column(name = "node_level")
    private int level;

    @Id
    @Column(name = "idx")
    private long index;

    @Column(nullable = false)
    private String hash;

    protected AuditNode() {
    }

    public AuditNode(int level, long index, byte[] hash) {
        this.level = level;
        this.index = index;
        this.hash = HexFormat.of().formatHex(hash);
    }

    public int level() {
        return level;
    }

    public long index() {
        return index;
    }

    public byte[] hash() {
        return HexFormat.of().parseHex(hash);
    }

    /** The composite key JPA needs: level and index, the same names as the entity's own. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private int level;
        private long index;

        public Key() {
        }

        public Key(int level, long index) {
            this.level = level;
            this.index = index;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.level == level && key.index == index;
        }

        @Override
        public int hashCode() {
            return Objects.hash(level, index);
        }
    }
}
