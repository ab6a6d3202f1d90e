package org.intermarket.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.intermarket.shared.Roles;

/**
 * Recomputes the whole chain in batches, so memory stays flat however long it grows,
 * and reports the first entry whose hash, digest, link or number does not hold.
 */
@Stateless
public class AuditVerifier {

    static final int BATCH = 1000;

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed(Roles.SUPERVISOR)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChainVerification verify() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        long expectedSeq = 1;
        String previousHash = AuditHead.GENESIS_HASH;
        long after = 0;
        while (true) {
            List<AuditEntry> batch = em.createNamedQuery(AuditEntry.FIND_FROM, AuditEntry.class)
                    .setParameter("after", after)
                    .setMaxResults(BATCH)
                    .getResultList();
            for (AuditEntry entry : batch) {
                String problem = problemOf(entry, expectedSeq, previousHash);
                if (problem != null) {
                    return ChainVerification.brokenAt(expectedSeq - 1, entry.seq(), problem);
                }
                previousHash = entry.entryHash();
                expectedSeq++;
            }
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).seq();
            em.clear();
        }
        long entries = expectedSeq - 1;
        if (head.lastSeq() != entries || !head.lastHash().equals(previousHash)) {
            return ChainVerification.brokenAt(entries, entries + 1,
                    "the chain ends at entry " + entries + " but its head names entry " + head.lastSeq());
        }
        return ChainVerification.intact(entries);
    }

    private static String problemOf(AuditEntry entry, long expectedSeq, String previousHash) {
        if (entry.seq() != expectedSeq) {
            return "entry " + expectedSeq + " is missing";
        }
        if (!entry.previousHash().equals(previousHash)) {
            return "the link to the previous entry does not match";
        }
        if (!entry.digestMatchesDetail()) {
            return "the recorded change does not match its digest";
        }
        if (!entry.computeHash().equals(entry.entryHash())) {
            return "the entry's hash does not match its content";
        }
        return null;
    }
}
