package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The market as a cluster: two nodes of the PostgreSQL build on one database behind HAProxy ({@code ear/cluster/cluster.sh},
 * run with {@code -Pcluster}), the test talking to the balancer ({@link Api#BASE}) and, where it matters which node
 * answers, to each node directly. Both nodes start at the same moment; the tests that need both come first. Then the
 * node that set a deadline's timer is killed a second before it is due, and started again; the market's clock is moved
 * only after that test (Management with one port a node moves it on both nodes at once). Last, one node is killed with
 * SIGKILL and what it served is asked of the other: a signed-in page with its Faces view, and a file uploaded through it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ClusterIT {

    private static final String NODE1 = Cluster.base("node1");
    private static final String NODE2 = Cluster.base("node2");
    private static final byte[] PDF = "%PDF-1.4\n% 技术方案\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private static Cluster cluster;
    private static JsonObject settingsBefore;
    /** A file uploaded through node1 in the first tests, downloaded through node2 once node1 is dead. */
    private static String uploadedPath;
    private static Agency uploader;
    /** A need whose bidding closed with both nodes up, and its owner, who selects on a page whose node then dies. */
    private static long closedNeed;
    private static Owner closedNeedOwner;

    @BeforeAll
    static void startTwoNodesAtOnce() {
        cluster = new Cluster();
        settingsBefore = Market.fastSettings();
    }

    @AfterAll
    static void stopEverything() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void twoNodesStartingAtOnceMigrateTheSchemaOnceAndLoadTheDemoOnce() {
        List<Integer> applied = new ArrayList<>();
        int demoLoads = 0;
        for (String node : Cluster.NODES) {
            String log = cluster.log(node);
            Matcher migrated = Pattern.compile("Schema at version \\S+ \\((\\d+) migrations applied\\)").matcher(log);
            assertTrue(migrated.find(), node + " reports its migration");
            applied.add(Integer.parseInt(migrated.group(1)));
            demoLoads += log.contains("Demo data loaded") ? 1 : 0;
            assertTrue(log.contains("joined cluster 'ejb' with view"), node + " joined the cluster");
        }
        // Started at the same moment, the two may each begin a cluster of one and merge a few seconds later (MERGE3),
        // which their logs do not say at INFO: the view each node holds now is what shows one cluster of two.
        for (String node : Cluster.NODES) {
            String view = cluster.view(node);
            assertTrue(view.contains("node1") && view.contains("node2"), () -> node + " sees both nodes in its view: " + view);
        }
        // Flyway takes its lock migration by migration, so the two may take turns: each migration is applied once
        int versions = Integer.parseInt(Cluster.psql("SELECT COUNT(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL AND type <> 'BASELINE' AND success"));
        int rows = Integer.parseInt(Cluster.psql("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL AND type <> 'BASELINE'"));
        assertEquals(versions, rows, "no migration is recorded twice");
        assertEquals(versions, applied.stream().mapToInt(Integer::intValue).sum(),
                "the nodes applied every migration once between them: " + applied);
        assertEquals(1, demoLoads, "the demo data is loaded by one node only");
        // the audit log's sequencer, elected through a lease row in the database: one node took it, the other did not
        assertEquals(1, Cluster.NODES.stream().filter(node -> cluster.log(node).contains("runs the transparency log's sequencer, from")).count(),
                "one node runs the log's sequencer");
        // the nightly sweeps (persistent @Schedule timers in the shared database): each kept once for the cluster, not
        // once per node, so one node claims each night's run
        String sweeps = Cluster.psql("SELECT COUNT(*) || ' ' || COUNT(DISTINCT info) FROM jboss_ejb_timer WHERE schedule_expr_hour IS NOT NULL");
        String[] counts = sweeps.split(" ");
        assertTrue(Integer.parseInt(counts[0]) >= 3, () -> "the registry, delivery and sign-in sweeps are scheduled: " + sweeps);
        assertEquals(counts[1], counts[0], "each nightly sweep is one timer for the cluster");
    }

    @Test
    @Order(2)
    void aBearerTokenIssuedByOneNodeWorksOnTheOther() {
        Api.Reply issued = Api.basic("owner1", Api.DEMO_PASSWORD).at(NODE1).post("/api/v1/tokens", null);
        assertEquals(201, issued.status(), issued::toString);
        Api bearer = Api.bearer(issued.json().getString("token"));
        assertEquals(200, bearer.at(NODE2).get("/api/v1/me").status(), "node2 knows node1's token");
        assertEquals(200, bearer.at(NODE1).get("/api/v1/me").status());
        assertEquals(204, bearer.at(NODE2).delete("/api/v1/tokens/current").status());
        assertEquals(401, bearer.at(NODE1).get("/api/v1/me").status(), "a token revoked on one node is dead on every node");
    }

    @Test
    @Order(3)
    void aSettingOrCatalogChangeOnOneNodeIsInForceOnTheOtherAtOnce() {
        // Each value is read on node2 first, so node2 keeps it in its second-level cache; node1's change must end that
        // copy before node1 answers (signed-in readers: no kept public answer stands between them and the cache).
        Api admin1 = Api.signIn(NODE1, "admin", Api.DEMO_PASSWORD);
        Api admin2 = Api.signIn(NODE2, "admin", Api.DEMO_PASSWORD);
        long before = admin2.get("/api/v1/settings").json().getJsonNumber("maxUploadBytes").longValue();
        long limit = before == 1_000_001 ? 1_000_002 : 1_000_001;
        assertEquals(200, admin1.put("/api/v1/settings", "{\"maxUploadBytes\":" + limit + "}").status());
        assertEquals(limit, admin2.get("/api/v1/settings").json().getJsonNumber("maxUploadBytes").longValue(), "node2 reads node1's setting");

        Api supervisor1 = Api.signIn(NODE1, "supervisor", Api.DEMO_PASSWORD);
        Api supervisor2 = Api.signIn(NODE2, "supervisor", Api.DEMO_PASSWORD);
        String code = Api.unique("C-").toUpperCase();
        String item = """
                {"code":"%s","nameZh":"%s","nameEn":"Cluster item","legalBasis":"《测试条例》第一条","department":"测试部门",
                 "qualificationType":"测试资质","standardDays":10,"feeBasis":"MARKET","mandatory":true}
                """;
        Api.Reply created = supervisor1.post("/api/v1/catalog/items", item.formatted(code, "集群测试事项"));
        assertEquals(201, created.status(), created::toString);
        assertEquals("集群测试事项", supervisor2.get("/api/v1/catalog/items/" + code).json().getString("nameZh"), "node2 serves node1's new catalog item");
        assertEquals(200, supervisor1.put("/api/v1/catalog/items/" + code, item.formatted(code, "集群测试事项（修订）")).status());
        assertEquals("集群测试事项（修订）", supervisor2.get("/api/v1/catalog/items/" + code).json().getString("nameZh"),
                "node2 serves node1's revision, not the version it kept");
        assertTrue(supervisor2.get("/api/v1/catalog/items?size=100&q=" + code).json().getJsonArray("items").toString().contains("（修订）"),
                "and lists it");
    }

    @Test
    @Order(4)
    void aGuesserMeetsOneBudgetWhicheverNodesItReaches() {
        // ten wrong passwords from one address, each for another username, alternately through each node: the
        // address's budget (SignInThrottle.SOURCE_LIMIT) is spent on both, where each node alone saw five
        String address = Api.freshAddress();
        for (int i = 0; i < 10; i++) {
            Api.Reply failed = Api.basic(Api.unique("guess"), "wrong-password-" + i).at(i % 2 == 0 ? NODE1 : NODE2).from(address)
                    .post("/api/v1/tokens", null);
            assertEquals(401, failed.status(), failed::toString);
        }
        for (String node : List.of(NODE1, NODE2)) {
            Api.Reply refused = Api.basic(Api.unique("guess"), "wrong-password").at(node).from(address).post("/api/v1/tokens", null);
            assertEquals(429, refused.status(), () -> node + " counts the failures the other node saw: " + refused);
        }
        // five in a row on one username from another address (loginLockThreshold), through both nodes: the pair is
        // locked on both, even with the right password, while the holder from elsewhere is not
        String guesser = Api.freshAddress();
        for (int i = 0; i < 5; i++) {
            Api.Reply failed = Api.basic("owner2", "wrong-password-" + i).at(i % 2 == 0 ? NODE2 : NODE1).from(guesser)
                    .post("/api/v1/tokens", null);
            assertEquals(401, failed.status(), failed::toString);
        }
        for (String node : List.of(NODE1, NODE2)) {
            Api.Reply locked = Api.basic("owner2", Api.DEMO_PASSWORD).at(node).from(guesser).post("/api/v1/tokens", null);
            assertEquals(429, locked.status(), () -> node + " keeps the pair's lock the other node started: " + locked);
        }
        assertEquals(201, Api.basic("owner2", Api.DEMO_PASSWORD).at(NODE1).from(Api.freshAddress()).post("/api/v1/tokens", null).status(),
                "the holder from another address signs in");
    }

    @Test
    @Order(5)
    void aDeadlineTimerFiresOnceOnTheOtherNodeWhenTheNodeThatSetItDiesASecondBefore() throws InterruptedException {
        // Until a test moves the market's clock, needs close by their timers alone (NeedTimers' watch follows a moved
        // clock only), as on a production cluster: this test must come before any clock move.
        assertEquals(Duration.ZERO, TestClock.offset(), "the market's clock has not moved");
        Owner owner = Market.owner();
        // published through node1, which sets the need's timer; node2 reads it from the database within its refresh
        // interval (10 s, postgresql.cli), long before the deadline
        long need = Market.published(new Owner(owner.username(), owner.api().at(NODE1)), "LOWEST_PRICE", "90000.00", 25, null);
        for (int i = 0; i < 3; i++) { // the fewest bids a need closes with (below that it fails)
            Agency bidder = Agencies.admitted("330100");
            Api.Reply bid = Market.bid(new Agency(bidder.id(), bidder.username(), bidder.api().at(NODE2)), need, (85000 + i * 100) + ".00");
            assertEquals(200, bid.status(), bid::toString);
        }
        Instant deadline = Instant.parse(Api.anonymous().at(NODE2).get("/api/v1/needs/" + need).json().getString("bidDeadline"));

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline.minusSeconds(1)).toMillis()));
        cluster.kill("node1");
        try {
            assertTrue(Instant.now().isBefore(deadline.plusSeconds(1)), "node1 died before its timer was due (deadline and settle period)");
            JsonObject closed = awaitClosedWithoutMovingTheClock(need, Duration.ofSeconds(60));
            assertEquals("BIDDING_CLOSED", closed.getString("status"), "node2 fired the timer node1 set: " + closed);
            assertEquals(3, closed.getInt("bidCount"), closed::toString);
            long closings = Api.anonymous().at(NODE2).get("/api/v1/needs/" + need + "/timeline").jsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(event -> event.getString("action").equals("BIDDING_CLOSED")).count();
            assertEquals(1, closings, "closed once, by the timer node1 set and node2 fired");
        } finally {
            // the tests after this one need both nodes again
            cluster.startNode("node1");
        }
    }

    /** Polls a need on node2 until it is no longer open for bids, without moving the market's clock. */
    private static JsonObject awaitClosedWithoutMovingTheClock(long need, Duration patience) throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            JsonObject current = Api.anonymous().at(NODE2).get("/api/v1/needs/" + need).json();
            if (!"PUBLISHED".equals(current.getString("status")) || Instant.now().isAfter(giveUp)) {
                return current;
            }
            Thread.sleep(250);
        }
    }

    @Test
    @Order(6)
    void aDeadlineClosesOnceWithEveryBidSentThroughEitherNodeCounted() {
        Owner owner = Market.owner();
        List<Agency> bidders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bidders.add(Agencies.admitted("330100"));
        }
        long need = Market.published(owner, "LOWEST_PRICE", "90000.00", 30, null);
        for (int i = 0; i < bidders.size(); i++) {
            Agency bidder = bidders.get(i);
            String node = i % 2 == 0 ? NODE1 : NODE2;
            Api.Reply bid = bidder.api().at(node).put("/api/v1/needs/" + need + "/bids/mine",
                    "{\"price\":\"" + (80000 + i * 100) + ".00\",\"serviceDays\":25,\"plan\":\"分三阶段完成\"}");
            assertEquals(200, bid.status(), bid::toString);
        }
        // the file the last tests read through node2 after node1's death: a plan file sent to node1
        uploader = bidders.get(0);
        Api.Reply upload = uploader.api().at(NODE1).upload("/api/v1/needs/" + need + "/bids/mine/plan-file?filename=plan.pdf", PDF, "application/pdf");
        assertEquals(200, upload.status(), upload::toString);
        long bidId = uploader.api().at(NODE1).get("/api/v1/needs/" + need + "/bids/mine").json().getJsonNumber("id").longValue();
        uploadedPath = "/api/v1/needs/" + need + "/bids/" + bidId + "/plan-file";

        JsonObject closed = Market.awaitClosed(need);
        assertEquals("BIDDING_CLOSED", closed.getString("status"), closed::toString);
        assertEquals(bidders.size(), closed.getInt("bidCount"), "every bid, through either node, is counted");
        long closings = Api.anonymous().get("/api/v1/needs/" + need + "/timeline").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(event -> event.getString("action").equals("BIDDING_CLOSED")).count();
        assertEquals(1, closings, "the deadline closed the need once, with two nodes watching it");
        closedNeed = need;
        closedNeedOwner = owner;
    }

    @Test
    @Order(7)
    void signedInPagesAndTheirViewsSurviveTheDeathOfTheNodeThatServedThem() {
        // owner1 has a draft and an open need, so the table tells which filter the server applied
        Owner owner1 = new Owner("owner1", Api.signIn("owner1", Api.DEMO_PASSWORD));
        long open = Market.published(owner1, "LOWEST_PRICE", "90000.00", 3600, null);
        Agency bidder = Agencies.admitted("330100");
        String itemCode = Api.unique("HA-").toUpperCase();
        Api.Reply draft = owner1.api().post("/api/v1/needs", Market.need(Market.project(owner1), "LOWEST_PRICE", "90000.00",
                TestClock.now().plusSeconds(7200), null));
        assertEquals(201, draft.status(), draft::toString);
        try (Browser browser = new Browser(); Browser agency = new Browser(); Browser supervisor = new Browser(); Browser selector = new Browser()) {
            // the balancer's cookie sends these browsers to node1, the node the file was uploaded through
            signInOnNode1(browser, "owner1", Api.DEMO_PASSWORD);
            // an agency half-way through its bid form, a supervisor half-way through the catalog's dialog
            signInOnNode1(agency, bidder.username(), Registrations.PASSWORD);
            agency.open("/need.xhtml?id=" + open);
            agency.type("bid:price_input", "88000");
            agency.type("bid:days_input", "18");
            agency.type("bid:plan", "组建 5 人项目组，分三阶段完成");
            signInOnNode1(supervisor, "supervisor", Api.DEMO_PASSWORD);
            supervisor.open("/catalog.xhtml");
            supervisor.waitFor(By.id("catalog:add")).click();
            supervisor.waitFor(By.id("itemForm:code")).sendKeys(itemCode);
            supervisor.driver().findElement(By.id("itemForm:nameZh")).sendKeys("集群测试事项");
            supervisor.driver().findElement(By.id("itemForm:nameEn")).sendKeys("Item saved after its node died");
            supervisor.driver().findElement(By.id("itemForm:legalBasis")).sendKeys("《测试条例》第二条");
            supervisor.driver().findElement(By.id("itemForm:department")).sendKeys("测试部门");
            supervisor.driver().findElement(By.id("itemForm:standardDays_input")).sendKeys("15");
            // an owner on the selection page of a need whose bidding has closed
            signInOnNode1(selector, closedNeedOwner.username(), Registrations.PASSWORD);
            selector.open("/need.xhtml?id=" + closedNeed);
            selector.waitFor(By.id("owner:bids"));
            for (Browser each : List.of(agency, supervisor, selector)) {
                assertEquals("node1", each.driver().manage().getCookieNamed("NODE").getValue());
            }
            browser.open("/owner/needs.xhtml");
            browser.waitFor(By.id("mine:needs"));
            String served = browser.driver().manage().getCookieNamed("NODE").getValue();
            assertEquals("node1", served);
            // a choice the view keeps (OwnerDesk is view-scoped): the table lists drafts only
            browser.selectMenuItem("mine:statusFilter", "草稿");
            awaitStatusesShown(browser, "草稿");
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

            cluster.kill(served);
            // a file uploaded through node1 is read through node2
            assertArrayEquals(PDF, uploader.api().at(NODE2).download(uploadedPath).body(), "the plan file sent to node1 is read through node2");

            // the next click of the same page: an AJAX postback of its view, which only the session's copy of the view
            // on the other node can answer (a lost view answers with an error and leaves the table as it was)
            browser.selectMenuItem("mine:statusFilter", "报价中");
            awaitStatusesShown(browser, "报价中");
            assertFalse(browser.driver().manage().getCookieNamed("NODE").getValue().equals(served), "the balancer sent the click to the living node");
            assertEquals(session.replaceAll("\\..*", ""), browser.driver().manage().getCookieNamed("JSESSIONID").getValue().replaceAll("\\..*", ""),
                    "the same session");
            // through the balancer once it has seen node1 go (a GET sent in the second before it noticed failed once with EOF: the balancer does not yet retry it)
            assertArrayEquals(PDF, uploader.api().download(uploadedPath).body(), "the plan file is read through the balancer");
            browser.open("/owner/needs.xhtml");
            assertTrue(browser.waitFor(By.id("whoami")).getText().contains("owner1"), "still signed in after the node that signed it in died");

            // the agency sends the form it filled in on node1: the other node takes it, with the session that signed it in
            agency.driver().findElement(By.id("bid:place")).click();
            agency.waitForText(By.id("messages"), "报价已密封提交");
            Api.Reply bid = bidder.api().get("/api/v1/needs/" + open + "/bids/mine");
            assertEquals(200, bid.status(), bid::toString);
            assertEquals("88000.00", bid.json().getString("price"), bid::toString);
            // the supervisor saves the dialog opened on node1 (its view-scoped editor lives in the replicated view)
            supervisor.driver().findElement(By.id("itemForm:save")).click();
            supervisor.waitUntilGone(By.id("editor"));
            supervisor.waitForText(By.id("messages"), itemCode);
            assertEquals("集群测试事项", Api.anonymous().read("GET", "/api/v1/catalog/items/" + itemCode, Map.of("Cache-Control", "no-cache")).json().getString("nameZh"),
                    "the dialog's item was saved after its node died");
            // the owner selects on the page node1 rendered: the lowest price wins, and the notice is public
            selector.driver().findElement(By.id("owner:select")).click();
            selector.waitForText(By.id("need-status"), "结果公示中");
            assertEquals("NOTICE", Api.anonymous().read("GET", "/api/v1/needs/" + closedNeed, Map.of("Cache-Control", "no-cache")).json().getString("status"));
        }
    }

    /** Signs a browser in with the balancer's cookie set to node1, so node1 serves it until it dies. */
    private static void signInOnNode1(Browser browser, String username, String password) {
        browser.open("/login.xhtml");
        browser.driver().manage().addCookie(new Cookie("NODE", "node1", "/"));
        browser.signIn(username, password);
    }

    /** Waits until every row of the owner's needs table shows this status (there is at least one such need). */
    private static void awaitStatusesShown(Browser browser, String status) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d -> {
            List<String> shown = d.findElements(By.cssSelector("[id='mine:needs'] tbody .im-tag")).stream().map(tag -> tag.getText()).toList();
            return !shown.isEmpty() && shown.stream().allMatch(status::equals);
        });
    }
}
