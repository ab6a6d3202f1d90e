package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
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
    void aTreeHeadSignedWithAnotherKeyIsRefused() throws Exception {
        LogProofs.sequence();
        JsonObject head = Api.anonymous().get("/api/v1/log/heads/latest").json();
        long size = head.getJsonNumber("treeSize").longValue();
        List<Object> original = rows().row("SELECT key_id, signature FROM audit_tree_head WHERE tree_size = ?", size);
        PrivateKey mallory = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(mallory);
        signer.update(head.getString("signedText").getBytes(StandardCharsets.UTF_8));
        try {
            rows().updateOne("UPDATE audit_tree_head SET key_id = ?, signature = ? WHERE tree_size = ?", "ab".repeat(32),
                    Base64.getEncoder().encodeToString(signer.sign()), size);
            JsonObject after = supervisor.get("/api/v1/audit/verify").json();
            assertFalse(after.getBoolean("valid"), after::toString);
            assertTrue(after.getString("problem").contains("is not signed by the market's key"), after::toString);
            assertTrue(after.getJsonNumber("firstBadPosition").longValue() < size);
        } finally {
            rows().updateOne("UPDATE audit_tree_head SET key_id = ?, signature = ? WHERE tree_size = ?", original.get(0), original.get(1), size);
        }
        assertValid();
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
