package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A server killed with SIGKILL while bids, plan-file uploads, closings at a deadline, a selection, the nightly sweeps
 * and the log's sequencer all run, then started again on the same data: every acknowledged change is there, nothing is
 * half-done, the needs due while it was down close once, and the log verifies and grew from its last head before the
 * crash. A server of its own (ServerCopy), not the suite's: the suite's server must not be killed.
 */
class CrashIT {

    private static final Logger LOG = Logger.getLogger(CrashIT.class.getName());
    private static final HexFormat HEX = HexFormat.of();
    private static final String PASSWORD = Registrations.PASSWORD;
    private static final String PLAN = "组建项目组，分三阶段完成";

    /** What the clients were told, and what they had sent when the server died. */
    private final Map<Long, String> ackedOffer = new ConcurrentHashMap<>();
    private final Map<Long, String> inFlightOffer = new ConcurrentHashMap<>();
    private final Map<Long, String> ackedFile = new ConcurrentHashMap<>();
    private final Map<Long, String> inFlightFile = new ConcurrentHashMap<>();

    @Test
    void aServerKilledInTheMiddleOfEverythingKeepsWhatItAcknowledgedAndFinishesWhatWasDue() throws Exception {
        try (ServerCopy server = new ServerCopy()) {
            Duration firstStart = server.start();
            String base = server.base;
            Api admin = Api.signIn(base, "admin", Api.DEMO_PASSWORD);
            assertEquals(200, admin.put("/api/v1/settings", "{\"minBiddingPeriod\":\"PT2S\",\"noticePeriod\":\"PT1H\"}").status());
            Api supervisor = Api.signIn(base, "supervisor", Api.DEMO_PASSWORD);
            Api owner = Api.signIn(base, "owner1", Api.DEMO_PASSWORD);
            List<Agency> bidders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                bidders.add(admitted(base, supervisor));
            }
            List<Agency> uploaders = bidders.subList(5, 8);
            Instant crash = Instant.now().plusSeconds(12);
            long open = publish(owner, Instant.now().plus(Duration.ofDays(1)), "LOWEST_PRICE");
            long closesBeforeCrash = publish(owner, crash.minusMillis(2500), "LOWEST_PRICE");
            long dueInOutage = publish(owner, crash.minusMillis(500), "LOWEST_PRICE");
            long selected = publish(owner, Instant.now().plusSeconds(4), "LOWEST_PRICE");
            for (long need : List.of(closesBeforeCrash, dueInOutage, selected)) {
                for (Agency agency : bidders.subList(0, 3)) {
                    assertEquals(200, bid(agency, need, 100000 + ThreadLocalRandom.current().nextInt(50000)).status());
                }
            }
            for (Agency uploader : uploaders) {
                assertEquals(200, bid(uploader, open, 90000).status());
            }
            awaitStatus(base, selected, "BIDDING_CLOSED");
            admin.post("/api/v1/admin/jobs/sequence-log", null);
            JsonObject headBefore = Api.anonymous().at(base).get("/api/v1/log/heads/latest").json();

            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(12);
            for (Agency bidder : bidders.subList(0, 5)) {
                load.submit(() -> bidInALoop(bidder, open, running));
            }
            for (Agency uploader : uploaders) {
                load.submit(() -> uploadInALoop(uploader, open, running));
            }
            Api sweeper = admin;
            load.submit(() -> {
                while (running.get()) {
                    sweeper.post("/api/v1/admin/jobs/delivery-sweep", null);
                    sweeper.post("/api/v1/admin/jobs/registry-sweep", null);
                }
            });
            Api selector = owner;
            Market.awaitPassed(crash.minusMillis(700));
            load.submit(() -> selector.post("/api/v1/needs/" + selected + "/selection", "{}"));
            Market.awaitPassed(crash);
            server.kill();
            running.set(false);
            load.shutdownNow();
            Instant killed = Instant.now();

            Duration restart = server.start();
            LOG.info(() -> "after the crash the server answered in " + restart + " (its first start: " + firstStart + ")");
            Api check = Api.signIn(base, "supervisor", Api.DEMO_PASSWORD);

            // every acknowledged bid is there, with its receipt and the receipt's audit entry
            for (Agency bidder : bidders.subList(0, 5)) {
                JsonObject stored = bidder.api().at(base).get("/api/v1/needs/" + open + "/bids/mine").json();
                String offer = stored.getJsonObject("receipt").getString("offerSha256");
                assertTrue(offer.equals(ackedOffer.get(bidder.id())) || offer.equals(inFlightOffer.get(bidder.id())),
                        "the bid stored is the last one acknowledged, or the one on its way when the server died: " + stored);
                assertReceiptLogged(base, bidder, stored.getJsonObject("receipt").getJsonNumber("number").longValue(), offer);
            }
            // every acknowledged plan file is there with its bytes, and no record lacks them
            for (Agency uploader : uploaders) {
                JsonObject stored = uploader.api().at(base).get("/api/v1/needs/" + open + "/bids/mine").json();
                String sha = stored.getJsonObject("planFile").getString("sha256");
                assertTrue(sha.equals(ackedFile.get(uploader.id())) || sha.equals(inFlightFile.get(uploader.id())), stored::toString);
                byte[] bytes = uploader.api().at(base).download("/api/v1/needs/" + open + "/bids/" + stored.getJsonNumber("id") + "/plan-file").body();
                assertEquals(sha, HEX.formatHex(LogProofs.sha256(bytes)), "the stored bytes are the file its record names");
            }
            // the needs due while the server was down closed, each once; the selection happened wholly or not at all
            for (long need : List.of(closesBeforeCrash, dueInOutage)) {
                awaitStatus(base, need, "BIDDING_CLOSED");
                assertEquals(1, count(timeline(base, need), Set.of("BIDDING_CLOSED", "NEED_FAILED")), "closed once: need " + need);
            }
            String selection = Api.anonymous().at(base).get("/api/v1/needs/" + selected).json().getString("status");
            long selections = count(timeline(base, selected), Set.of("NEED_AWARDED"));
            assertTrue(selection.equals("BIDDING_CLOSED") && selections == 0 || !selection.equals("BIDDING_CLOSED"),
                    "a selection is all there or not at all: " + selection + ", " + timeline(base, selected));
            if (!selection.equals("BIDDING_CLOSED")) {
                assertEquals(200, Api.anonymous().at(base).get("/api/v1/needs/" + selected + "/notice").status(), "a selection has its notice");
            }
            // the log verifies, and the tree before the crash is a prefix of the one after
            Api newAdmin = Api.signIn(base, "admin", Api.DEMO_PASSWORD);
            awaitLogGrowth(base, newAdmin, headBefore.getJsonNumber("treeSize").longValue());
            JsonObject verified = check.get("/api/v1/audit/verify").json();
            assertTrue(verified.getBoolean("valid"), verified::toString);
            JsonObject headAfter = Api.anonymous().at(base).get("/api/v1/log/heads/latest").json();
            long first = headBefore.getJsonNumber("treeSize").longValue();
            long second = headAfter.getJsonNumber("treeSize").longValue();
            assertTrue(LogProofs.consistency(first, second, Api.strings(Api.anonymous().at(base)
                    .get("/api/v1/log/proofs/consistency?first=" + first + "&second=" + second).json(), "proof"),
                    LogProofs.root(headBefore), LogProofs.root(headAfter)), "the log grew from its head before the crash");

            String log = server.log();
            assertTrue(log.contains("closed ") && log.contains("needs whose deadline passed while the server was down"), "start-up says what it closed");
            assertTrue(log.contains("runs the transparency log's sequencer, from the last signed head of"), "and where the log resumed");
            try (var incoming = Files.list(server.home.resolve("server/standalone/data/intermarket-files/incoming"))) {
                long parts = incoming.count();
                assertTrue(parts == 0 || log.contains("part files of interrupted uploads"), "leftovers are reported: " + parts);
            }
            LOG.info(() -> "crash at " + killed + ": " + ackedOffer.size() + " bidders and " + ackedFile.size() + " uploaders acknowledged, all kept");
        }
    }

    private void bidInALoop(Agency bidder, long need, AtomicBoolean running) {
        while (running.get()) {
            int price = 100000 + ThreadLocalRandom.current().nextInt(800000);
            inFlightOffer.put(bidder.id(), HEX.formatHex(LogProofs.sha256((price + ".00|25|" + PLAN + "|").getBytes(StandardCharsets.UTF_8))));
            try {
                Api.Reply reply = bid(bidder, need, price);
                if (reply.status() == 200) {
                    JsonObject receipt = reply.json().getJsonObject("receipt");
                    ackedOffer.put(bidder.id(), receipt.getString("offerSha256"));
                }
            } catch (IllegalStateException serverGone) {
                return;
            }
        }
    }

    private void uploadInALoop(Agency uploader, long need, AtomicBoolean running) {
        while (running.get()) {
            byte[] pdf = ("%PDF-1.4\n% " + ThreadLocalRandom.current().nextLong() + "\n" + "x".repeat(200_000) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
            inFlightFile.put(uploader.id(), HEX.formatHex(LogProofs.sha256(pdf)));
            try {
                Api.Reply reply = uploader.api().upload("/api/v1/needs/" + need + "/bids/mine/plan-file?filename=plan.pdf", pdf, "application/pdf");
                if (reply.status() == 200) {
                    ackedFile.put(uploader.id(), reply.json().getJsonObject("planFile").getString("sha256"));
                }
            } catch (IllegalStateException serverGone) {
                return;
            }
        }
    }

    private static void assertReceiptLogged(String base, Agency bidder, long receipt, String offer) {
        Instant giveUp = Instant.now().plusSeconds(30);
        Api.Reply proof;
        do {
            proof = bidder.api().at(base).get("/api/v1/log/proofs/receipt/" + receipt);
            if (proof.status() == 200) {
                assertTrue(proof.json().getJsonObject("entry").getString("detail").contains("\"offerSha256\":\"" + offer + "\""), proof::toString);
                return;
            }
            Market.pause();
        } while (Instant.now().isBefore(giveUp));
        throw new AssertionError("the receipt's entry never joined the log: " + proof);
    }

    private static void awaitLogGrowth(String base, Api admin, long before) {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(giveUp)) {
            admin.post("/api/v1/admin/jobs/sequence-log", null);
            if (Api.anonymous().at(base).get("/api/v1/log/heads/latest").json().getJsonNumber("treeSize").longValue() > before) {
                return;
            }
            Market.pause();
        }
        throw new AssertionError("the sequencer did not resume after the crash");
    }

    private static void awaitStatus(String base, long need, String status) {
        Instant giveUp = Instant.now().plusSeconds(40);
        String now;
        do {
            now = Api.anonymous().at(base).get("/api/v1/needs/" + need).json().getString("status");
            if (now.equals(status)) {
                return;
            }
            Market.pause();
        } while (Instant.now().isBefore(giveUp));
        throw new AssertionError("need " + need + " is " + now + ", not " + status);
    }

    private static List<JsonObject> timeline(String base, long need) {
        return Api.anonymous().at(base).get("/api/v1/needs/" + need + "/timeline").jsonArray().getValuesAs(JsonObject.class);
    }

    private static long count(List<JsonObject> timeline, Set<String> actions) {
        return timeline.stream().filter(event -> actions.contains(event.getString("action"))).count();
    }

    private static Api.Reply bid(Agency agency, long need, int price) {
        return agency.api().put("/api/v1/needs/" + need + "/bids/mine",
                "{\"price\":\"" + price + ".00\",\"serviceDays\":25,\"plan\":\"" + PLAN + "\"}");
    }

    private static long publish(Api owner, Instant deadline, String method) {
        String code = "2026-330100-48-01-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        long project = owner.post("/api/v1/projects", "{\"name\":\"崩溃测试项目\",\"projectCode\":\"" + code
                + "\",\"location\":\"杭州\",\"investment\":\"1000000.00\"}").json().getJsonNumber("id").longValue();
        long need = owner.post("/api/v1/needs", Market.need(project, method, "1000000.00", deadline, null)).json().getJsonNumber("id").longValue();
        assertEquals(200, owner.post("/api/v1/needs/" + need + "/publish", null).status());
        return need;
    }

    private static Agency admitted(String base, Api supervisor) {
        String username = Api.unique("crash");
        String body = Registrations.body("AGENCY", username, CreditCodes.random("330100"));
        assertEquals(201, Api.anonymous().at(base).post("/api/v1/registrations", body).status());
        Api api = Api.signIn(base, username, PASSWORD);
        long id = api.get("/api/v1/me").json().getJsonObject("organisation").getJsonNumber("id").longValue();
        assertEquals(201, api.post("/api/v1/agencies/" + id + "/service-guides", Agencies.guide(Agencies.OPEN_ITEM, 12)).status());
        long admission = api.post("/api/v1/agencies/" + id + "/admission", null).json().getJsonNumber("id").longValue();
        assertEquals(200, supervisor.post("/api/v1/admissions/" + admission + "/approve", null).status());
        return new Agency(id, username, api);
    }

    private record Agency(long id, String username, Api api) {
    }

}
