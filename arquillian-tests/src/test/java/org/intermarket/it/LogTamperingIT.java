package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Runs inside the server and changes the stored log with plain SQL, as someone with the database but not the log's
 * key could: each kind of tampering makes the verification fail, naming the first bad position; putting the rows
 * back makes it whole again.
 */
class LogTamperingIT extends ProbeTest {

    private static final HexFormat HEX = HexFormat.of();

    private final Api supervisor = Api.demo("supervisor");

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return probe(LogTamperingIT.class).addClasses(LogProofs.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void editingAStoredEntryIsReportedAtItsPosition() throws SQLException {
        long victim = victim();
        String original = rows().string("SELECT actor FROM audit_entry WHERE log_position = ?", victim);
        try {
            rows().updateOne("UPDATE audit_entry SET actor = 'mallory' WHERE log_position = ?", victim);
            assertBadAt(victim, "is not the one the log's tree holds there");
        } finally {
            rows().updateOne("UPDATE audit_entry SET actor = ? WHERE log_position = ?", original, victim);
        }
        assertValid();
    }

    @Test
    @OperateOnDeployment("probe")
    void changingTheRecordedDetailBreaksItsDigest() throws SQLException {
        long victim = victim();
        String original = rows().string("SELECT detail FROM audit_entry WHERE log_position = ?", victim);
        try {
            rows().updateOne("UPDATE audit_entry SET detail = ? WHERE log_position = ?", original + " (edited)", victim);
            assertBadAt(victim, "does not match its digest");
        } finally {
            rows().updateOne("UPDATE audit_entry SET detail = ? WHERE log_position = ?", original, victim);
        }
        assertValid();
    }

    @Test
    @OperateOnDeployment("probe")
    void deletingAnEntryIsReportedAsTheMissingPosition() throws SQLException {
        long victim = victim();
        List<Object> row = rows().row("SELECT seq, recorded_at, actor, action, entity_type, entity_id, detail, digest, log_position"
                + " FROM audit_entry WHERE log_position = ?", victim);
        try {
            rows().updateOne("DELETE FROM audit_entry WHERE log_position = ?", victim);
            assertBadAt(victim, "is missing");
        } finally {
            rows().updateOne("INSERT INTO audit_entry (seq, recorded_at, actor, action, entity_type, entity_id, detail, digest, log_position)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.toArray());
        }
        assertValid();
    }

    @Test
    @OperateOnDeployment("probe")
    void reorderingTwoEntriesIsReportedAtTheFirstOfThem() throws SQLException {
        long first = victim();
        long second = first + 3;
        swap(first, second);
        try {
            assertBadAt(first, "is not the one the log's tree holds there");
        } finally {
            swap(first, second);
        }
        assertValid();
    }

    @Test
    @OperateOnDeployment("probe")
    void rewritingAnEntryAndItsLeafTogetherStillDisagreesWithTheSignedHead() throws SQLException {
        long victim = victim();
        String actor = rows().string("SELECT actor FROM audit_entry WHERE log_position = ?", victim);
        String leaf = rows().string("SELECT hash FROM audit_node WHERE node_level = 0 AND idx = ?", victim);
        try {
            rows().updateOne("UPDATE audit_entry SET actor = 'mallory' WHERE log_position = ?", victim);
            String forged = HexFormat.of().formatHex(LogProofs.leafHash(supervisor.get("/api/v1/log/entries/" + victim).json().getString("leafInput")));
            rows().updateOne("UPDATE audit_node SET hash = ? WHERE node_level = 0 AND idx = ?", forged, victim);
            JsonObject after = supervisor.get("/api/v1/audit/verify").json();
            assertFalse(after.getBoolean("valid"), after::toString);
            assertTrue(after.getJsonNumber("firstBadPosition").longValue() <= victim, after::toString);
            assertTrue(after.getString("problem").contains("no longer give the root the log signed"), after::toString);
        } finally {
            rows().updateOne("UPDATE audit_entry SET actor = ? WHERE log_position = ?", actor, victim);
            rows().updateOne("UPDATE audit_node SET hash = ? WHERE node_level = 0 AND idx = ?", leaf, victim);
        }
        assertValid();
    }

    @Test
    @OperateOnDeployment("probe")
    void rewritingAnEntryWithItsTreeAndSigningTheNewHeadWithAnotherKeyIsReportedAtThatEntry() throws Exception {
        List<Object> lease = holdTheSequencer();
        long latest = latestHead();
        // The verifier vouches for the entries up to the last head that still holds, and for none after it: so the first
        // bad position it can name is the first one that head does not cover. The rewritten entry is that one here.
        long victim = headBefore(latest);
        String actor = rows().string("SELECT actor FROM audit_entry WHERE log_position = ?", victim);
        List<Object> head = rows().row("SELECT root_hash, key_id, signature FROM audit_tree_head WHERE tree_size = ?", latest);
        Map<List<Long>, String> nodes = new LinkedHashMap<>();
        try {
            rows().updateOne("UPDATE audit_entry SET actor = 'mallory' WHERE log_position = ?", victim);
            byte[] leaf = LogProofs.leafHash(supervisor.get("/api/v1/log/entries/" + victim).json().getString("leafInput"));
            byte[] hash = leaf;
            // Every stored subtree holding the entry, from its leaf up, made again as the sequencer would make it.
            for (int level = 0; (victim >> level) + 1 << level <= latest; level++) {
                long index = victim >> level;
                if (level > 0) {
                    long child = victim >> (level - 1);
                    hash = (child & 1) == 0 ? node(hash, storedNode(level - 1, child + 1)) : node(storedNode(level - 1, child - 1), hash);
                }
                nodes.put(List.of((long) level, index), rows().string("SELECT hash FROM audit_node WHERE node_level = ? AND idx = ?", level, index));
                rows().updateOne("UPDATE audit_node SET hash = ? WHERE node_level = ? AND idx = ?", HEX.formatHex(hash), level, index);
            }
            String root = HEX.formatHex(root(0, latest));
            long millis = Api.anonymous().get("/api/v1/log/heads/" + latest).json().getJsonNumber("timestampMillis").longValue();
            String text = "intermarket tree head v1\n" + latest + "\n" + millis + "\n" + root;
            // Mallory claims the market's key id; only the signature gives the head away.
            rows().updateOne("UPDATE audit_tree_head SET root_hash = ?, signature = ? WHERE tree_size = ?", root,
                    sign(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate(), text), latest);
            JsonObject proof = Api.anonymous().get("/api/v1/log/proofs/inclusion?index=" + victim + "&treeSize=" + latest).json();
            assertEquals(HEX.formatHex(leaf), proof.getString("leafHash"));
            assertTrue(LogProofs.inclusion(victim, latest, leaf, Api.strings(proof, "auditPath"), HEX.parseHex(root)),
                    "a whole rewrite: the forged tree proves the forged entry, and only the signature gives it away");

            JsonObject after = supervisor.get("/api/v1/audit/verify").json();
            assertFalse(after.getBoolean("valid"), after::toString);
            assertEquals(victim, after.getJsonNumber("firstBadPosition").longValue(), after::toString);
            assertTrue(after.getString("problem").contains("the tree head of size " + latest + " "), after::toString);
            assertTrue(after.getString("problem").contains("is not signed by the market's key"), after::toString);
        } finally {
            rows().updateOne("UPDATE audit_tree_head SET root_hash = ?, key_id = ?, signature = ? WHERE tree_size = ?", head.get(0), head.get(1),
                    head.get(2), latest);
            for (Map.Entry<List<Long>, String> node : nodes.entrySet()) {
                rows().updateOne("UPDATE audit_node SET hash = ? WHERE node_level = ? AND idx = ?", node.getValue(),
                        node.getKey().get(0).intValue(), node.getKey().get(1));
            }
            rows().updateOne("UPDATE audit_entry SET actor = ? WHERE log_position = ?", actor, victim);
            releaseTheSequencer(lease);
        }
        assertValid();
    }

    @Test
    @OperateOnDeployment("probe")
    void aTreeHeadSignedWithAnotherKeyOverTheRightEntriesIsRefused() throws Exception {
        List<Object> lease = holdTheSequencer();
        long latest = latestHead();
        JsonObject head = Api.anonymous().get("/api/v1/log/heads/" + latest).json();
        List<Object> original = rows().row("SELECT key_id, signature FROM audit_tree_head WHERE tree_size = ?", latest);
        KeyPair mallory = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        try {
            rows().updateOne("UPDATE audit_tree_head SET key_id = ?, signature = ? WHERE tree_size = ?",
                    HEX.formatHex(LogProofs.sha256(mallory.getPublic().getEncoded())), sign(mallory.getPrivate(), head.getString("signedText")), latest);
            JsonObject after = supervisor.get("/api/v1/audit/verify").json();
            assertFalse(after.getBoolean("valid"), after::toString);
            assertEquals(headBefore(latest), after.getJsonNumber("firstBadPosition").longValue(),
                    () -> "the first position the head before it does not cover: " + after);
            assertTrue(after.getString("problem").contains("the tree head of size " + latest + " "), after::toString);
            assertTrue(after.getString("problem").contains("is not signed by the market's key"), after::toString);
        } finally {
            rows().updateOne("UPDATE audit_tree_head SET key_id = ?, signature = ? WHERE tree_size = ?", original.get(0), original.get(1), latest);
            releaseTheSequencer(lease);
        }
        assertValid();
    }

    /**
     * Places what is pending (twice, so that the latest head is not the first), then takes the sequencer's lease for an
     * hour, so that no head is signed over a tree a test has changed; the lease as it was, to give back.
     */
    private List<Object> holdTheSequencer() throws SQLException {
        LogProofs.sequence();
        LogProofs.sequence();
        List<Object> lease = rows().row("SELECT holder, lease_until FROM audit_sequencer WHERE id = 1");
        rows().updateOne("UPDATE audit_sequencer SET holder = 'LogTamperingIT', lease_until = ? WHERE id = 1",
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
        return lease;
    }

    private void releaseTheSequencer(List<Object> lease) throws SQLException {
        rows().updateOne("UPDATE audit_sequencer SET holder = ?, lease_until = ? WHERE id = 1", lease.get(0), lease.get(1));
    }

    private long latestHead() throws SQLException {
        return Long.parseLong(rows().string("SELECT MAX(tree_size) FROM audit_tree_head"));
    }

    private long headBefore(long size) throws SQLException {
        return Long.parseLong(rows().string("SELECT MAX(tree_size) FROM audit_tree_head WHERE tree_size < ?", size));
    }

    private byte[] storedNode(int level, long index) throws SQLException {
        return HEX.parseHex(rows().string("SELECT hash FROM audit_node WHERE node_level = ? AND idx = ?", level, index));
    }

    /** RFC 9162 §2.1.1: the root of the {@code size} leaves from {@code from}, from the stored complete subtrees. */
    private byte[] root(long from, long size) throws SQLException {
        if (Long.bitCount(size) == 1) {
            int level = Long.numberOfTrailingZeros(size);
            return storedNode(level, from >> level);
        }
        long split = Long.highestOneBit(size - 1);
        return node(root(from, split), root(from + split, size - split));
    }

    private static byte[] node(byte[] left, byte[] right) {
        return LogProofs.sha256(new byte[] {1}, left, right);
    }

    private static String sign(PrivateKey key, String text) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(text.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    private Rows rows() {
        return new Rows(dataSource);
    }

    /** A position in the middle of the log, placed and signed. */
    private long victim() {
        LogProofs.sequence();
        JsonObject before = supervisor.get("/api/v1/audit/verify").json();
        assertTrue(before.getBoolean("valid"), before::toString);
        return before.getJsonNumber("entries").longValue() / 2;
    }

    private void assertBadAt(long position, String problem) {
        JsonObject after = supervisor.get("/api/v1/audit/verify").json();
        assertFalse(after.getBoolean("valid"), after::toString);
        assertEquals(position, after.getJsonNumber("firstBadPosition").longValue(), after::toString);
        assertEquals(position, after.getJsonNumber("entries").longValue(), "the entries before it still verify");
        assertTrue(after.getString("problem").contains(problem), after::toString);
    }

    private void assertValid() {
        JsonObject after = supervisor.get("/api/v1/audit/verify").json();
        assertTrue(after.getBoolean("valid"), () -> "putting the rows back makes the log whole: " + after);
    }

    private void swap(long a, long b) throws SQLException {
        rows().updateOne("UPDATE audit_entry SET log_position = -1 WHERE log_position = ?", a);
        rows().updateOne("UPDATE audit_entry SET log_position = ? WHERE log_position = ?", a, b);
        rows().updateOne("UPDATE audit_entry SET log_position = ? WHERE log_position = -1", b);
    }
}
