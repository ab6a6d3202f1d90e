package org.intermarket.audit;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The stored nodes of the log's tree as {@link MerkleTree} reads them: each read once per use, the ones just made
 * by the sequencer first. A node that is not there means the tree is smaller than asked, or damaged.
 */
final class LogNodes implements MerkleTree.Nodes {

    private final EntityManager em;
    private final Map<AuditNode.Key, byte[]> known = new HashMap<>();

    LogNodes(EntityManager em) {
        this.em = em;
    }

    void put(int level, long index, byte[] hash) {
        known.put(new AuditNode.Key(level, index), hash);
    }

    @Override
    public byte[] node(int level, long index) {
        return known.computeIfAbsent(new AuditNode.Key(level, index), key -> {
            AuditNode node = em.find(AuditNode.class, key);
            if (node == null) {
                throw new MissingNode(level, index);
            }
            return node.hash();
        });
    }

    /** A node the tree should have and the database does not. */
    static final class MissingNode extends RuntimeException {

        private final long firstLeaf;

        MissingNode(int level, long index) {
            super("the log has no node " + level + "/" + index);
            this.firstLeaf = index << level;
        }

        long firstLeaf() {
            return firstLeaf;
        }
    }
}
