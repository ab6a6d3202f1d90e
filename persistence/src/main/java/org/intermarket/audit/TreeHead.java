package org.intermarket.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ExcludeDefaultListeners;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A signed tree head: the log had this many entries, with this root, at this time, as the market's key signs it.
 * Every head is kept, in the order of the log's growth, so that anyone can ask how any two of them are consistent.
 */
@Entity
// The log's own rows do not count as changes of the market (MarketChanges): see there.
@ExcludeDefaultListeners
@Table(name = "audit_tree_head")
@NamedQuery(name = TreeHead.FIND_LATEST, query = "SELECT h FROM TreeHead h ORDER BY h.treeSize DESC")
@NamedQuery(name = TreeHead.FIND_ALL_ASCENDING, query = "SELECT h FROM TreeHead h ORDER BY h.treeSize")
@NamedQuery(name = TreeHead.COUNT_ALL, query = "SELECT COUNT(h) FROM TreeHead h")
public class TreeHead {

    public static final String FIND_LATEST = "TreeHead.findLatest";
    public static final String FIND_ALL_ASCENDING = "TreeHead.findAllAscending";
    public static final String COUNT_ALL = "TreeHead.countAll";
    /** The first line of what is signed, naming this format, so a signature can never be read as one over something else. */
    public static final String FORMAT = "intermarket tree head v1";

    @Id
    @Column(name = "tree_size")
    private long treeSize;

    @Column(name = "root_hash", nullable = false)
    private String rootHash;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "key_id", nullable = false)
    private String keyId;

    @Column(nullable = false)
    private String signature;

    protected TreeHead() {
    }

    /** A head about to be signed: {@link #signedText()} is what the signature covers. */
    public TreeHead(long treeSize, String rootHash, Instant signedAt) {
        this.treeSize = treeSize;
        this.rootHash = Objects.requireNonNull(rootHash);
        this.signedAt = signedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The bytes the log's Ed25519 key signs, in UTF-8: the format line, the tree size, the time in milliseconds since
     * 1970 (UTC) and the root hash in lower-case hex, each on a line of its own.
     */
    public byte[] signedText() {
        return String.join("\n", FORMAT, Long.toString(treeSize), Long.toString(signedAt.toEpochMilli()), rootHash)
                .getBytes(StandardCharsets.UTF_8);
    }

    public void sign(String keyId, String signature) {
        if (this.signature != null) {
            throw new IllegalStateException("the head of size " + treeSize + " is signed already");
        }
        this.keyId = Objects.requireNonNull(keyId);
        this.signature = Objects.requireNonNull(signature);
    }

    public long treeSize() {
        return treeSize;
    }

    public String rootHash() {
        return rootHash;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String keyId() {
        return keyId;
    }

    /** Base64 of the 64-byte Ed25519 signature over {@link #signedText()}. */
    public String signature() {
        return signature;
    }
}
