package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server killed with SIGKILL while bids, plan-file and deliverable uploads (one of them stalled mid-file), closings at
 * a deadline, a selection, the nightly sweeps and the log's sequencer all run, then started again on the same data: every
 * acknowledged change is there, nothing is half-done, every file has its bytes (kept in the database with its record), the
 * part files the crash left are gone, the needs due while it was down close once, and the log verifies and grew consistently
 * from the last head it signed before the crash. A server of its own (ServerCopy), not the suite's: the suite's server must not be killed.
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
    private final Set<String> ackedFiles = ConcurrentHashMap.newKeySet();
    private final Set<String> ackedDeliverables = ConcurrentHashMap.newKeySet();
    private final AtomicReference<String> inFlightDeliverable = new AtomicReference<>();

    @Test
    // never hangs a build: two starts of a server copy (up to 5 minutes each on a busy two-core machine) and 2 minutes of load and checks
    @Timeout(value = 12, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aServerKilledInTheMiddleOfEverythingKeepsWhatItAcknowledgedAndFinishesWhatWasDue() throws Exception {
        try (ServerCopy server = new ServerCopy()) {
            Duration firstStart = server.start();
            String base = server.base;
            // where uploads stream before they go to the database
            Path temporary = server.home.resolve("server/standalone/tmp");
            Api admin = Api.signIn(base, "admin", Api.DEMO_PASSWORD);
            // a notice period of seconds, to reach a signed contract quickly; the selection during the crash gets an hour
            assertEquals(200, admin.put("/api/v1/settings", "{\"minBiddingPeriod\":\"PT2S\",\"noticePeriod\":\"PT2S\"}").status());
            Api supervisor = Api.signIn(base, "supervisor", Api.DEMO_PASSWORD);
            Api owner = Api.signIn(base, "owner1", Api.DEMO_PASSWORD);
            Agency deliverer = admitted(base, supervisor);
            long contracted = publish(owner, Instant.now().plusSeconds(8), "DIRECT", "50000.00");
            Api.Reply winning = bid(deliverer, contracted, 42000);
            assertEquals(200, winning.status(), winning::toString);
            List<Agency> bidders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                bidders.add(admitted(base, supervisor));
            }
            long contract = signedContract(base, owner, deliverer, contracted, winning.json().getJsonNumber("id").longValue());
            assertEquals(200, admin.put("/api/v1/settings", "{\"noticePeriod\":\"PT1H\"}").status());
            List<Agency> uploaders = bidders.subList(5, 8);
            long selected = publish(owner, Instant.now().plusSeconds(8), "LOWEST_PRICE");
            bidOn(selected, bidders.subList(0, 3));
            long open = publish(owner, Instant.now().plus(Duration.ofDays(1)), "LOWEST_PRICE");
            for (Agency uploader : uploaders) {
                assertEquals(200, bid(uploader, open, 90000).status());
            }
            // each need bid on as soon as it is published: on a busy machine a request can take a second
            Instant crash = Instant.now().plusSeconds(20);
            long closesBeforeCrash = publish(owner, crash.minusMillis(2500), "LOWEST_PRICE");
            bidOn(closesBeforeCrash, bidders.subList(0, 3));
            long dueInOutage = publish(owner, crash.minusMillis(500), "LOWEST_PRICE");
            bidOn(dueInOutage, bidders.subList(0, 3));
            awaitStatus(base, selected, "BIDDING_CLOSED");

            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(14);
            // an upload whose bytes stop coming, sent first: its part file is surely on disk when the server dies
            CountDownLatch killed = new CountDownLatch(1);
            load.submit(() -> bidders.get(4).api().sendPublished("PUT", "/api/v1/needs/" + open + "/bids/mine/plan-file?filename=stalled.pdf",
                    Api.heldBody("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), killed, Duration.ofMinutes(5), new byte[0]), "application/pdf"));
            for (Agency bidder : bidders.subList(0, 5)) {
                load.submit(() -> bidInALoop(bidder, open, running));
            }
            for (Agency uploader : uploaders) {
                load.submit(() -> uploadInALoop(uploader, open, running));
            }
            load.submit(() -> deliverInALoop(deliverer, contract, running));
            Api sweeper = admin;
            load.submit(() -> {
                while (running.get()) {
                    sweeper.post("/api/v1/admin/jobs/delivery-sweep", null);
                    sweeper.post("/api/v1/admin/jobs/registry-sweep", null);
                }
            });
            Api selector = owner;
            awaitPassed(crash.minusMillis(700));
            Future<Api.Reply> selection = load.submit(() -> selector.post("/api/v1/needs/" + selected + "/selection", "{}"));
            awaitPassed(crash);
            // the last head the log signed before it died, read as late as can be
            Api beforeKill = Api.anonymous().at(base);
            JsonObject key = beforeKill.get("/api/v1/log/key").json();
            JsonObject lastHead = beforeKill.get("/api/v1/log/heads/latest").json();
            server.kill();
            killed.countDown();
            running.set(false);
            load.shutdownNow();
            boolean selectionAcknowledged = acknowledged(selection);
            long partFilesAtCrash = partFiles(temporary).size();
            assertTrue(partFilesAtCrash >= 1, "the stalled upload left its part file");

            Duration restart = server.start();
            LOG.info(() -> "after the crash the server answered in " + restart + " (its first start: " + firstStart + ")");
            Api check = Api.signIn(base, "supervisor", Api.DEMO_PASSWORD);
            Api reader = Api.anonymous().at(base);

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
            // an acknowledged plan file replaced since keeps its bytes too: its record does, and no record is without them
            // every acknowledged deliverable is there with its bytes, and nothing but them and the one on its way
            List<JsonObject> deliverables = deliverer.api().at(base).get("/api/v1/contracts/" + contract).json()
                    .getJsonArray("deliverables").getValuesAs(JsonObject.class);
            Set<String> delivered = new HashSet<>();
            for (JsonObject deliverable : deliverables) {
                JsonObject file = deliverable.getJsonObject("file");
                String sha = file.getString("sha256");
                assertTrue(ackedDeliverables.contains(sha) || sha.equals(inFlightDeliverable.get()), "a deliverable that was sent: " + deliverable);
                byte[] bytes = deliverer.api().at(base).download("/api/v1/contracts/" + contract + "/deliverables/" + file.getJsonNumber("id")).body();
                assertEquals(sha, HEX.formatHex(LogProofs.sha256(bytes)), "the deliverable's bytes are the file its record names");
                delivered.add(sha);
            }
            assertTrue(delivered.containsAll(ackedDeliverables), "every acknowledged deliverable is kept: " + ackedDeliverables + " in " + delivered);
            // part files the crash left are removed at start-up, all of them, and the log says how many
            assertEquals(List.of(), partFiles(temporary), "no part file is left");
            assertTrue(server.log().contains("removed " + partFilesAtCrash + " part files of uploads cut off when this server stopped"),
                    "start-up says it removed the " + partFilesAtCrash + " part files left by the crash");

            // the needs due while the server was down closed, each once; the selection happened wholly or not at all
            for (long need : List.of(closesBeforeCrash, dueInOutage)) {
                awaitStatus(base, need, "BIDDING_CLOSED");
                assertEquals(1, count(timeline(base, need), Set.of("BIDDING_CLOSED", "NEED_FAILED")), "closed once: need " + need);
            }
            Matcher closedAtStart = Pattern.compile("closed (\\d+) needs whose deadline passed while the server was down").matcher(server.log());
            assertTrue(closedAtStart.find() && Integer.parseInt(closedAtStart.group(1)) >= 1, "start-up says what it closed");
            String selectedStatus = reader.get("/api/v1/needs/" + selected).json().getString("status");
            long awards = count(timeline(base, selected), Set.of("NEED_AWARDED"));
            assertEquals(selectedStatus.equals("BIDDING_CLOSED") ? 0 : 1, awards,
                    "a selection is all there or not at all: " + selectedStatus + ", " + timeline(base, selected));
            if (selectionAcknowledged) {
                assertEquals(1, awards, "an acknowledged selection survives: " + selectedStatus);
            }
            if (awards == 1) {
                assertEquals(200, reader.get("/api/v1/needs/" + selected + "/notice").status(), "a selection has its notice");
            }

            // the log verifies, resumed from the last head signed before the crash, and grew from it consistently
            Api newAdmin = Api.signIn(base, "admin", Api.DEMO_PASSWORD);
            long first = lastHead.getJsonNumber("treeSize").longValue();
            awaitLogGrowth(base, newAdmin, first);
            JsonObject verified = check.get("/api/v1/audit/verify").json();
            assertTrue(verified.getBoolean("valid"), verified::toString);
            Matcher resumed = Pattern.compile("runs the transparency log's sequencer, from the last signed head of (\\d+) entries")
                    .matcher(server.log());
            assertTrue(resumed.find() && Long.parseLong(resumed.group(1)) >= first,
                    "the sequencer resumed from a head no older than the last one served before the crash (" + first + ")");
            assertEquals(key, reader.get("/api/v1/log/key").json(), "the log's key survives the crash");
            JsonObject headAfter = reader.get("/api/v1/log/heads/latest").json();
            assertTrue(LogProofs.signed(lastHead, key) && LogProofs.signed(headAfter, key), "both heads are signed by the log's key");
            long second = headAfter.getJsonNumber("treeSize").longValue();
            assertTrue(LogProofs.consistency(first, second, Api.strings(reader
                    .get("/api/v1/log/proofs/consistency?first=" + first + "&second=" + second).json(), "proof"),
                    LogProofs.root(lastHead), LogProofs.root(headAfter)), "the tree after the crash extends the last one signed before it");

            LOG.info(() -> "crash: " + ackedOffer.size() + " bidders, " + ackedFiles.size() + " plan files, " + ackedDeliverables.size()
                    + " deliverables and " + (selectionAcknowledged ? "a" : "no") + " selection acknowledged, all kept; " + partFilesAtCrash
                    + " part files removed");
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
                    String sha = reply.json().getJsonObject("planFile").getString("sha256");
                    ackedFile.put(uploader.id(), sha);
                    ackedFiles.add(sha);
                }
            } catch (IllegalStateException serverGone) {
                return;
            }
        }
    }

    private void deliverInALoop(Agency deliverer, long contract, AtomicBoolean running) {
        while (running.get()) {
            byte[] pdf = ("%PDF-1.4\n% " + ThreadLocalRandom.current().nextLong() + "\n" + "y".repeat(200_000) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
            inFlightDeliverable.set(HEX.formatHex(LogProofs.sha256(pdf)));
            try {
                Api.Reply reply = deliverer.api().postBytes("/api/v1/contracts/" + contract + "/deliverables?filename=report.pdf", pdf, "application/pdf");
                if (reply.status() == 201) {
                    ackedDeliverables.add(reply.json().getJsonObject("file").getString("sha256"));
                }
            } catch (IllegalStateException serverGone) {
                return;
            }
        }
    }

    /** A PDF's first bytes, then nothing until the server is dead. */
    /** Whether the server answered the request with success before it died. */
    private static boolean acknowledged(Future<Api.Reply> request) {
        try {
            return request.get(1, TimeUnit.MINUTES).status() / 100 == 2;
        } catch (ExecutionException | CancellationException | TimeoutException serverGone) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long signedContract(String base, Api owner, Agency winner, long need, long bid) {
        awaitStatus(base, need, "BIDDING_CLOSED");
        Api.Reply selected = owner.post("/api/v1/needs/" + need + "/selection", "{\"bidId\":" + bid + "}");
        assertEquals(200, selected.status(), selected::toString);
        awaitPassed(Instant.parse(Api.anonymous().at(base).get("/api/v1/needs/" + need + "/notice").json().getString("noticeEndsAt"))
                .plusMillis(100));
        Api.Reply signed = owner.post("/api/v1/needs/" + need + "/contract", null);
        assertEquals(201, signed.status(), signed::toString);
        long contract = signed.json().getJsonNumber("id").longValue();
        Api.Reply confirmed = winner.api().post("/api/v1/contracts/" + contract + "/confirm", null);
        assertEquals(200, confirmed.status(), confirmed::toString);
        return contract;
    }

    /** The part files of uploads in the server's temporary folder (FileStore.PART_PREFIX). */
    private static List<Path> partFiles(Path temporary) throws IOException {
        try (Stream<Path> all = Files.list(temporary)) {
            return all.filter(file -> file.getFileName().toString().matches("intermarket-upload-.*\\.part")).toList();
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

    private static void bidOn(long need, List<Agency> agencies) {
        for (Agency agency : agencies) {
            Api.Reply reply = bid(agency, need, 100000 + ThreadLocalRandom.current().nextInt(50000));
            assertEquals(200, reply.status(), reply::toString);
        }
    }

    private static Api.Reply bid(Agency agency, long need, int price) {
        return agency.api().put("/api/v1/needs/" + need + "/bids/mine",
                "{\"price\":\"" + price + ".00\",\"serviceDays\":25,\"plan\":\"" + PLAN + "\"}");
    }

    /** Waits until {@code moment} has passed: the server copy runs on the system's clock, which no test moves. */
    private static void awaitPassed(Instant moment) {
        while (!Instant.now().isAfter(moment)) {
            Market.pause();
        }
    }

    private static long publish(Api owner, Instant deadline, String method) {
        return publish(owner, deadline, method, "1000000.00");
    }

    private static long publish(Api owner, Instant deadline, String method, String ceiling) {
        String code = "2026-330100-48-01-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        long project = owner.post("/api/v1/projects", "{\"name\":\"崩溃测试项目\",\"projectCode\":\"" + code
                + "\",\"location\":\"杭州\",\"investment\":\"1000000.00\"}").json().getJsonNumber("id").longValue();
        long need = owner.post("/api/v1/needs", Market.need(project, method, ceiling, deadline, null)).json().getJsonNumber("id").longValue();
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
