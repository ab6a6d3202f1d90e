package org.intermarket.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.intermarket.shared.Roles;

/**
 * Recomputes the whole log from its entries alone, in batches so memory stays flat however long it grows, and holds
 * it against what the log stored and signed: every position taken once and in order, every entry matching its
 * digest and the leaf the tree holds for it, every signed tree head the root of the entries up to its size and
 * signed by the market's key. Reports the first position that does not hold, and why.
 */
@Stateless
public class AuditVerifier {

    static final int BATCH = 5000;
    private static final HexFormat HEX = HexFormat.of();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LogKey key;

    @RolesAllowed(Roles.SUPERVISOR)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChainVerification verify() {
        List<TreeHead> heads = em.createNamedQuery(TreeHead.FIND_ALL_ASCENDING, TreeHead.class).getResultList();
        long treeSize = heads.isEmpty() ? 0 : heads.get(heads.size() - 1).treeSize();
        long pending = em.createNamedQuery(AuditEntry.COUNT_UNPLACED, Long.class).getSingleResult();
        Walk walk = new Walk(heads, treeSize, pending);
        while (true) {
            List<AuditEntry> batch = em.createNamedQuery(AuditEntry.FIND_PLACED_FROM, AuditEntry.class)
                    .setParameter("from", walk.frontier.size()).setMaxResults(BATCH).getResultList();
            Map<Long, byte[]> leaves = storedLeaves(walk.frontier.size(), BATCH);
            for (AuditEntry entry : batch) {
                ChainVerification bad = walk.next(entry, leaves.get(entry.position()));
                if (bad != null) {
                    return bad;
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            em.clear();
        }
        return walk.end();
    }

    private Map<Long, byte[]> storedLeaves(long from, int count) {
        Map<Long, byte[]> leaves = new HashMap<>();
        em.createNamedQuery(AuditNode.FIND_LEAVES_FROM, AuditNode.class).setParameter("from", from).setParameter("to", from + count)
                .getResultList().forEach(node -> leaves.put(node.index(), node.hash()));
        return leaves;
    }

    /** The state of one pass over the log: the recomputed tree so far, and the next signed head to hold it against. */
    private final class Walk {

        private final List<TreeHead> heads;
        private final long treeSize;
        private final long pending;
        private final TreeFrontier frontier = new TreeFrontier();
        private int nextHead;
        private long previousHeadSize;

        Walk(List<TreeHead> heads, long treeSize, long pending) {
            this.heads = heads;
            this.treeSize = treeSize;
            this.pending = pending;
        }

        ChainVerification next(AuditEntry entry, byte[] storedLeaf) {
            long expected = frontier.size();
            if (entry.position() != expected) {
                return bad(expected, "the entry at position " + expected + " is missing");
            }
            if (!entry.digestMatchesDetail()) {
                return bad(expected, "the recorded change at position " + expected + " does not match its digest");
            }
            byte[] leaf = entry.leafHash();
            if (storedLeaf == null || !Arrays.equals(leaf, storedLeaf)) {
                return bad(expected, "the entry at position " + expected + " is not the one the log's tree holds there");
            }
            frontier.add(leaf);
            while (nextHead < heads.size() && heads.get(nextHead).treeSize() == frontier.size()) {
                ChainVerification wrongHead = check(heads.get(nextHead));
                if (wrongHead != null) {
                    return wrongHead;
                }
                previousHeadSize = heads.get(nextHead++).treeSize();
            }
            return null;
        }

        ChainVerification end() {
            if (nextHead < heads.size()) {
                TreeHead missed = heads.get(nextHead);
                return bad(frontier.size(), "the log signed a tree of " + missed.treeSize() + " entries at " + missed.signedAt()
                        + ", but only " + frontier.size() + " are there: the entries from position " + frontier.size() + " are missing");
            }
            return ChainVerification.intact(frontier.size(), treeSize, pending);
        }

        /** A head that is not the root of the entries below it, or not signed by the market's key. */
        private ChainVerification check(TreeHead head) {
            if (!key.id().equals(head.keyId()) || !key.verify(head.signedText(), head.signature())) {
                return bad(previousHeadSize, "the tree head of size " + head.treeSize() + " signed at " + head.signedAt()
                        + " is not signed by the market's key " + key.id());
            }
            if (!HEX.formatHex(frontier.root()).equals(head.rootHash())) {
                return bad(previousHeadSize, "the entries from position " + previousHeadSize + " to " + (head.treeSize() - 1)
                        + " no longer give the root the log signed for " + head.treeSize() + " entries at " + head.signedAt());
            }
            return null;
        }

        private ChainVerification bad(long position, String problem) {
            return ChainVerification.badAt(frontier.size(), treeSize, pending, position, problem);
        }
    }
}
