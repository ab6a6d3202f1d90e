package org.intermarket.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.intermarket.shared.ReferenceData;
import org.intermarket.shared.Roles;

/**
 * Gives committed audit entries their positions in the log, in batches: the next positions in the order of their
 * numbers, the tree's new nodes, and a new tree head signed with the log key. One node at a time does this, the
 * one holding the lease on the {@code audit_sequencer} row: a node takes the lease when it is free or ran out, and
 * renews it on each run; when that node dies, another takes over once the lease has run out. Entries are written
 * without waiting for it, so no write of the market waits on another; they join the tree about a second later.
 */
@Stateless
@PermitAll
public class LogSequencer {

    /** This server, as the lease names it: its node name and a mark of this start, so a restart is another holder. */
    static final String ME = System.getProperty("jboss.node.name", "node") + "/" + UUID.randomUUID().toString().substring(0, 8);
    static final Duration LEASE = Duration.ofSeconds(10);
    static final int BATCH = 5000;
    private static final Logger LOG = Logger.getLogger(LogSequencer.class.getName());
    /** Whether this server held the lease at its last run, so that taking it over and losing it are each said once. */
    private static volatile boolean holding;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LogKey key;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /**
     * For an administrator (and the tests): place every committed entry now rather than at the next tick; the
     * number placed. With the lease on another node, that node's next tick does it and this places none.
     */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sequenceNow() {
        LogSequencer self = context.getBusinessObject(LogSequencer.class);
        int placed = 0;
        for (int run = self.sequence(); run > 0; run = run == BATCH ? self.sequence() : 0) {
            placed += run;
        }
        return placed;
    }

    /** One run: the number of entries placed, 0 when there were none or another node holds the lease. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sequence() {
        Instant now = clock.instant();
        int leased = em.createNativeQuery("UPDATE audit_sequencer SET holder = ?1, lease_until = ?2"
                        + " WHERE id = 1 AND (holder = ?1 OR lease_until < ?3)")
                .setHint(ReferenceData.WRITES, "audit_sequencer")
                .setParameter(1, ME).setParameter(2, now.plus(LEASE)).setParameter(3, now).executeUpdate();
        if (leased == 0) {
            if (holding) {
                holding = false;
                LOG.info(() -> "another node runs the transparency log's sequencer now");
            }
            return 0;
        }
        if (!holding) {
            holding = true;
            long from = signedSize();
            LOG.info(() -> "this node (" + ME + ") runs the transparency log's sequencer, from the last signed head of " + from + " entries");
        }
        List<AuditEntry> batch = em.createNamedQuery(AuditEntry.FIND_UNPLACED, AuditEntry.class).setMaxResults(BATCH).getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        long size = signedSize();

        LogNodes nodes = new LogNodes(em);
        List<AuditNode> made = new ArrayList<>();
        for (AuditEntry entry : batch) {
            long position = size++;
            entry.placeAt(position);
            grow(nodes, made, position, entry.leafHash());
        }
        made.forEach(em::persist);
        TreeHead head = new TreeHead(size, HexFormat.of().formatHex(MerkleTree.root(nodes, size)), now);
        head.sign(key.id(), key.sign(head.signedText()));
        em.persist(head);
        return batch.size();
    }

    private long signedSize() {
        return em.createNamedQuery(TreeHead.FIND_LATEST, TreeHead.class).setMaxResults(1).getResultStream()
                .findFirst().map(TreeHead::treeSize).orElse(0L);
    }

    /** Adds a leaf, and every subtree it completes: at level k, when the leaf ends a block of 2^k leaves. */
    private static void grow(LogNodes nodes, List<AuditNode> made, long position, byte[] leaf) {
        nodes.put(0, position, leaf);
        made.add(new AuditNode(0, position, leaf));
        long index = position;
        int level = 0;
        byte[] hash = leaf;
        while ((index & 1) == 1) {
            hash = MerkleTree.nodeHash(nodes.node(level, index - 1), hash);
            index >>= 1;
            level++;
            nodes.put(level, index, hash);
            made.add(new AuditNode(level, index, hash));
        }
    }
}
