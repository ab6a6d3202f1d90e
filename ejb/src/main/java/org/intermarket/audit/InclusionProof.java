package org.intermarket.audit;

import java.util.List;

/**
 * That the entry at {@code leafIndex} is in the tree the {@code head} signed: its leaf hash and the audit path up to
 * the head's root (RFC 9162 §2.1.3). The entry itself ({@code leafInput}, what the leaf hashes) only for those who may
 * read it; anyone can check the path.
 */
public record InclusionProof(long leafIndex, String leafHash, List<String> auditPath, TreeHead head, AuditEntry entry) {
}
