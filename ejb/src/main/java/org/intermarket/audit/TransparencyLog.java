package org.intermarket.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.intermarket.registry.Offices;
import org.intermarket.shared.Caller;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.ForbiddenException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;
import org.intermarket.shared.ThrottledException;

/**
 * The audit log as anyone can check it (RFC 9162 §2): its signed tree heads, the proof that an entry is in a tree,
 * the proof that one tree is a prefix of a later one, and the key that signs. Proofs carry hashes only; what an
 * entry says (who did what) is read by supervisors, and by the actor of the entry about their own bid's receipt.
 */
@Stateless
public class TransparencyLog {

    private static final HexFormat HEX = HexFormat.of();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LogKey key;

    @Inject
    private Caller caller;

    @Inject
    private Offices offices;

    @Resource
    private SessionContext context;

    @PermitAll
    public TreeHead latestHead() {
        return em.createNamedQuery(TreeHead.FIND_LATEST, TreeHead.class).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("tree head", "latest"));
    }

    /** Every signed head, newest first. */
    @PermitAll
    public Page<TreeHead> heads(PageRequest page) {
        List<TreeHead> items = em.createNamedQuery(TreeHead.FIND_LATEST, TreeHead.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(TreeHead.COUNT_ALL, Long.class).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @PermitAll
    public TreeHead head(long treeSize) {
        TreeHead head = em.find(TreeHead.class, treeSize);
        if (head == null) {
            throw new NotFoundException("tree head of size", treeSize);
        }
        return head;
    }

    /** The proof that the entry at {@code leafIndex} is in the tree of the signed head of that size (the latest one if null). */
    @PermitAll
    public InclusionProof inclusion(long leafIndex, Long treeSize) {
        TreeHead head = treeSize == null ? latestHead() : head(treeSize);
        if (leafIndex < 0 || leafIndex >= head.treeSize()) {
            throw new InvalidInputException("index", "the tree of " + head.treeSize() + " entries has positions 0 to " + (head.treeSize() - 1));
        }
        return proof(leafIndex, head, null);
    }

    /**
     * The proof for a bid's receipt, with the entry the receipt names: for the agency whose bid it is, and supervisors.
     * A receipt issued a moment ago may not be in the tree yet; the answer then asks to come back in a second.
     */
    @RolesAllowed({Roles.AGENCY, Roles.SUPERVISOR})
    public InclusionProof receipt(long receiptNo) {
        AuditEntry entry = em.find(AuditEntry.class, receiptNo);
        if (entry == null || !entry.entityType().equals("Bid") || !entry.action().startsWith("BID_")
                || !(context.isCallerInRole(Roles.SUPERVISOR) ? supervisesTheBidsNeed(entry) : entry.actor().equals(caller.name()))) {
            throw new NotFoundException("receipt", receiptNo);
        }
        if (entry.position() == null) {
            throw new ThrottledException(Duration.ofSeconds(1), "the receipt's entry joins the log within a second or two; ask again then");
        }
        TreeHead head = latestHead();
        if (entry.position() >= head.treeSize()) {
            throw new ConflictException("log.not-yet-signed", "the receipt's entry is in the log but no head signs it yet; ask again in a second");
        }
        return proof(entry.position(), head, entry);
    }

    /** RFC 9162 §2.1.4: the hashes that prove the tree of {@code first} entries to be a prefix of the tree of {@code second}. */
    @PermitAll
    public List<String> consistency(long first, long second) {
        if (first >= 1) {
            head(second);
        }
        if (first < 1 || first > second) {
            throw new InvalidInputException("first", "a consistency proof runs from a tree of 1 to " + second + " entries to the tree of " + second);
        }
        return MerkleTree.consistencyProof(new LogNodes(em), first, second).stream().map(HEX::formatHex).toList();
    }

    /** Whether the receipt's bid is on a need in the calling supervisor's jurisdiction (as the need's own records are). */
    private boolean supervisesTheBidsNeed(AuditEntry receipt) {
        return em.createQuery("SELECT b.need.id FROM Bid b WHERE b.id = :id", Long.class)
                .setParameter("id", Long.valueOf(receipt.entityId())).getResultStream().findFirst()
                .map(offices::supervisesNeed).orElse(false);
    }

    /**
     * An entry as the log holds it, whatever it is about: for the office that runs the log, the province's platform
     * office. Any other office reads the decisions of its jurisdiction where they are kept (a need's timeline, an
     * agency's records), not the raw log, whose entries of every region and department follow each other.
     */
    @RolesAllowed(Roles.SUPERVISOR)
    public AuditEntry entry(long leafIndex) {
        if (!offices.jurisdiction().runsTheLog()) {
            throw new ForbiddenException("the log's entries one by one are read by the province's platform office, which runs the log;"
                    + " your office reads its decisions in the needs' timelines and the agencies' records");
        }
        return em.createNamedQuery(AuditEntry.FIND_BY_POSITION, AuditEntry.class).setParameter("position", leafIndex)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("log entry at position", leafIndex));
    }

    @PermitAll
    public String keyId() {
        return key.id();
    }

    @PermitAll
    public byte[] publicKeyInfo() {
        return key.publicKeyInfo();
    }

    private InclusionProof proof(long leafIndex, TreeHead head, AuditEntry entry) {
        LogNodes nodes = new LogNodes(em);
        List<String> path = MerkleTree.inclusionPath(nodes, leafIndex, head.treeSize()).stream().map(HEX::formatHex).toList();
        return new InclusionProof(leafIndex, HEX.formatHex(nodes.node(0, leafIndex)), path, head, entry);
    }
}
