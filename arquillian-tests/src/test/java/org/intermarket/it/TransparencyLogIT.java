package org.intermarket.it;

import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit log as a transparency log, checked as any outsider would with the public API and LogProofs. */
@ExtendWith(FastMarket.class)
class TransparencyLogIT extends ApiTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void theLatestHeadIsSignedAndEveryEntryProvesItsInclusion() {
        LogProofs.sequence();
        JsonObject key = Api.anonymous().get("/api/v1/log/key").json();
        assertEquals("Ed25519", key.getString("algorithm"));
        assertEquals(HEX.formatHex(LogProofs.sha256(java.util.Base64.getDecoder().decode(key.getString("publicKeyInfo")))), key.getString("keyId"));
        JsonObject head = Api.anonymous().get("/api/v1/log/heads/latest").json();
        assertTrue(LogProofs.signed(head, key), head::toString);
        assertEquals(key.getString("keyId"), head.getString("keyId"));

        long size = head.getJsonNumber("treeSize").longValue();
        for (long index : List.of(0L, size / 3, size / 2, size - 1)) {
            JsonObject proof = Api.anonymous().get("/api/v1/log/proofs/inclusion?index=" + index + "&treeSize=" + size).json();
            assertEquals(size, proof.getJsonNumber("treeSize").longValue());
            assertFalse(proof.containsKey("entry") && !proof.isNull("entry"), "the public sees hashes, not what an entry says");
            List<String> path = Api.strings(proof, "auditPath");
            assertTrue(LogProofs.inclusion(index, size, HEX.parseHex(proof.getString("leafHash")), path, LogProofs.root(head)), "entry " + index);
            assertFalse(LogProofs.inclusion(index, size, LogProofs.sha256("another leaf".getBytes(StandardCharsets.UTF_8)), path,
                    LogProofs.root(head)), "a proof holds for its own leaf only");
        }
    }

    @Test
    void anEarlierHeadIsAPrefixOfTheLatestOne() {
        LogProofs.sequence();
        JsonObject earlier = Api.anonymous().get("/api/v1/log/heads/latest").json();
        Registrations.newOwner();
        LogProofs.sequence();
        JsonObject later = Api.anonymous().get("/api/v1/log/heads/latest").json();
        long first = earlier.getJsonNumber("treeSize").longValue();
        long second = later.getJsonNumber("treeSize").longValue();
        assertTrue(second > first, () -> "the registration was logged: " + earlier + " then " + later);
        JsonObject proof = Api.anonymous().get("/api/v1/log/proofs/consistency?first=" + first + "&second=" + second).json();
        List<String> hashes = Api.strings(proof, "proof");
        assertTrue(LogProofs.consistency(first, second, hashes, LogProofs.root(earlier), LogProofs.root(later)), proof::toString);
        assertFalse(LogProofs.consistency(first, second, hashes, LogProofs.sha256(new byte[] {9}), LogProofs.root(later)),
                "nor for a first tree the log never had");

        JsonObject heads = Api.anonymous().get("/api/v1/log/heads?size=5").json();
        List<Long> sizes = new ArrayList<>();
        heads.getJsonArray("items").getValuesAs(JsonObject.class).forEach(h -> sizes.add(h.getJsonNumber("treeSize").longValue()));
        assertEquals(second, sizes.get(0), "newest first");
        assertTrue(sizes.stream().sorted(java.util.Comparator.reverseOrder()).toList().equals(sizes));
    }

    @Test
    void aBidsReceiptNamesItsLogEntryWhichItsAgencyCanProve() {
        Market.Owner owner = Market.owner();
        long need = Market.published(owner, "LOWEST_PRICE", "150000.00", 60, null);
        Agencies.Agency agency = Agencies.admitted("330100");
        Instant sent = TestClock.now();
        Api.Reply placed = Market.bid(agency, need, "120000.00");
        Instant answered = TestClock.now();
        assertEquals(200, placed.status(), placed::toString);
        JsonObject receipt = placed.json().getJsonObject("receipt");
        Instant receivedAt = Instant.parse(receipt.getString("receivedAt"));
        assertFalse(receivedAt.isBefore(sent.minusMillis(5)) || receivedAt.isAfter(answered), "received while the request was on its way");
        String offer = HEX.formatHex(LogProofs.sha256("120000.00|25|组建 5 人项目组，分三阶段完成|".getBytes(StandardCharsets.UTF_8)));
        assertEquals(offer, receipt.getString("offerSha256"), "the SHA-256 of the sealed offer, as the README defines it");
        long number = receipt.getJsonNumber("number").longValue();
        assertEquals(receipt, agency.api().get("/api/v1/needs/" + need + "/bids/mine").json().getJsonObject("receipt"),
                "the receipt as stored, to the millisecond");

        LogProofs.sequence();
        JsonObject proof = agency.api().get("/api/v1/log/proofs/receipt/" + number).json();
        JsonObject entry = proof.getJsonObject("entry");
        assertEquals(agency.username(), entry.getString("actor"));
        assertTrue(entry.getString("detail").contains("\"offerSha256\":\"" + offer + "\""), entry::toString);
        byte[] leaf = LogProofs.leafHash(entry.getString("leafInput"));
        assertEquals(proof.getString("leafHash"), HEX.formatHex(leaf), "the entry is what its leaf hashes");
        JsonObject head = proof.getJsonObject("treeHead");
        assertTrue(LogProofs.signed(head, Api.anonymous().get("/api/v1/log/key").json()));
        assertTrue(LogProofs.inclusion(proof.getJsonNumber("leafIndex").longValue(), head.getJsonNumber("treeSize").longValue(), leaf,
                Api.strings(proof, "auditPath"), LogProofs.root(head)));

        assertProblem(Agencies.admitted("330200").api().get("/api/v1/log/proofs/receipt/" + number), 404);
        assertProblem(Api.anonymous().get("/api/v1/log/proofs/receipt/" + number), 401);
        assertProblem(owner.api().get("/api/v1/log/proofs/receipt/" + number), 403);
        assertEquals(200, Api.demo("supervisor").get("/api/v1/log/proofs/receipt/" + number).status());
    }

    @Test
    void entriesAreForSupervisorsAndBadRequestsNameTheirField() {
        assertProblem(Api.anonymous().get("/api/v1/log/entries/0"), 401);
        assertProblem(Api.demo("owner1").get("/api/v1/log/entries/0"), 403);
        JsonObject first = Api.demo("supervisor").get("/api/v1/log/entries/0").json();
        assertEquals(0, first.getInt("position"));
        assertEquals(Api.anonymous().get("/api/v1/log/proofs/inclusion?index=0").json().getString("leafHash"),
                HEX.formatHex(LogProofs.leafHash(first.getString("leafInput"))));

        Problems.assertFieldError(assertProblem(Api.anonymous().get("/api/v1/log/proofs/inclusion?index=-1"), 400), "index");
        Problems.assertFieldError(assertProblem(Api.anonymous().get("/api/v1/log/proofs/inclusion?index=abc"), 400), "index");
        Problems.assertFieldError(assertProblem(Api.anonymous().get("/api/v1/log/proofs/inclusion"), 400), "index");
        assertProblem(Api.anonymous().get("/api/v1/log/proofs/inclusion?index=0&treeSize=99999999999"), 404);
        Problems.assertFieldError(assertProblem(Api.anonymous().get("/api/v1/log/proofs/consistency?first=0&second=1"), 400), "first");
        assertProblem(Api.anonymous().get("/api/v1/log/heads/0"), 404);
        assertProblem(Api.demo("supervisor").get("/api/v1/log/entries/99999999999"), 404);
    }

    @Test
    void theReadmesVerifierChecksTheLogWithTheJavaPlatformAlone() throws Exception {
        LogProofs.sequence();
        JsonObject earlier = Api.anonymous().get("/api/v1/log/heads/latest").json();
        Registrations.newOwner();
        LogProofs.sequence();
        java.nio.file.Path program = java.nio.file.Path.of("..", "docs", "VerifyLog.java");
        Process verify = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(), program.toString(),
                Api.BASE, "2", earlier.getJsonNumber("treeSize") + ":" + earlier.getString("rootHash")).redirectErrorStream(true).start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, verify.waitFor(), output);
        assertTrue(output.contains("verified: entry 2 is in it") && output.contains("is a prefix of it") && !output.contains("FAILED"), output);
    }
}
