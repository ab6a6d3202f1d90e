package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.intermarket.it.Problems.assertProblemCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Abnormally low bids (issue 21): the rule published with the round, the marks at the close one cent either side of
 * each limit, for every method that looks at price; the explanation, the owner's decision, the lapse of an unexplained
 * bid, selection refused while a case is open, the public timeline and notice after each, an objection to a rejection.
 * The class runs with the default shares (50 % of the others' mean, 30 % of the ceiling) and a minute to explain.
 */
@ExtendWith(FastMarket.class)
class LowBidApiIT extends ApiTest {

    private static final Duration TO_EXPLAIN = Duration.ofSeconds(60);

    private static JsonObject before;

    /** Where the class's releases start in the feed. */
    private static final Instant STARTED = TestClock.now().minusSeconds(60);

    private final Api supervisor = Api.demo("supervisor");

    @BeforeAll
    static void rule() {
        before = Market.overrideSettings("{\"lowBidMeanPercent\":50,\"lowBidCeilingPercent\":30,\"lowBidExplainPeriod\":\"PT60S\"}");
    }

    @AfterAll
    static void restore() {
        Api.demo("admin").put("/api/v1/settings", "{\"lowBidMeanPercent\":" + before.getInt("lowBidMeanPercent") + ",\"lowBidCeilingPercent\":"
                + before.getInt("lowBidCeilingPercent") + ",\"lowBidExplainPeriod\":\"" + before.getString("lowBidExplainPeriod") + "\"}");
    }

    @Test
    void theRuleIsPublishedWithTheNeedAndASettingChangedLaterDoesNotMoveIt() {
        Owner owner = Market.owner();
        long need = Market.published(owner, "LOWEST_PRICE", "100000.00", 30, null);
        JsonObject rule = Api.anonymous().get("/api/v1/needs/" + need).json().getJsonObject("lowBidRule");
        assertEquals(50, rule.getInt("meanPercent"), rule::toString);
        assertEquals(30, rule.getInt("ceilingPercent"));
        assertEquals("PT1M", rule.getString("explainPeriod"));
        Market.overrideSettings("{\"lowBidCeilingPercent\":10}");
        try {
            assertEquals(30, Api.anonymous().get("/api/v1/needs/" + need).json().getJsonObject("lowBidRule").getInt("ceilingPercent"),
                    "terms the bidders read cannot move under them");
        } finally {
            Market.overrideSettings("{\"lowBidCeilingPercent\":30}");
        }
        JsonObject published = Api.anonymous().get("/api/v1/needs/" + need + "/timeline").jsonArray().getJsonObject(1).getJsonObject("facts");
        assertEquals("30", published.getString("lowCeilingPercent"), published::toString);
        assertProblem(Api.demo("admin").put("/api/v1/settings", "{\"lowBidMeanPercent\":101}"), 400);
    }

    @Test
    void aBidOneCentBelowTheCeilingLimitIsMarkedAndOneCentAboveIsNotThenTheExplanationIsAccepted() {
        Owner owner = Market.owner();
        List<Agency> agencies = agencies(4);
        long need = Market.published(owner, "LOWEST_PRICE", "100000.00", 30, null);
        String path = "/api/v1/needs/" + need;
        List<Long> bids = bids(agencies, need, "29999.99", "30000.01", "60000.00", "61000.00");
        long low = bids.get(0);
        long justAbove = bids.get(1);
        assertEquals(0, Api.anonymous().get(path + "/low-bids").jsonArray().size(), "nothing is marked while bids are sealed");
        closeAndAssertClosed(need);

        List<JsonObject> marks = marks(Api.anonymous(), need);
        assertEquals(1, marks.size(), marks::toString);
        JsonObject mark = marks.get(0);
        assertEquals(low, mark.getJsonNumber("bidId").longValue(), "29999.99 is below 30 % of 100000.00; 30000.01 is not");
        assertEquals("30000.00", mark.getString("ceilingLimit"));
        assertEquals("25166.67", mark.getString("meanLimit"), "half the mean of 30000.01, 60000 and 61000, to the cent");
        assertTrue(mark.getBoolean("pending"));
        assertFalse(marks.stream().anyMatch(m -> m.getJsonNumber("bidId").longValue() == justAbove));
        assertEquals("BID_MARKED_LOW", latestKind(agencies.get(0).api()));
        long lowBid = mark.getJsonNumber("id").longValue();
        JsonObject marked = last(releases(need));
        assertTrue(marked.getString("id").startsWith("low-bid-marked-"), marked::toString);
        assertEquals(1, statistic(marked, "abnormallyLowBids"));
        assertEquals(0, statistic(marked, "abnormallyLowBidsExcluded"));

        assertProblemCode(assertProblem(owner.api().post(path + "/selection", "{}"), 409), "procurement.low-bids-undecided");
        assertProblemCode(assertProblem(owner.api().post(path + "/low-bids/" + lowBid + "/decision",
                "{\"decision\":\"ACCEPTED\",\"reason\":\"x\"}"), 409), "procurement.low-bid-unexplained");
        assertEquals(404, agencies.get(1).api().put(path + "/low-bids/mine/explanation", "{\"text\":\"not marked\"}").status(),
                "an agency that was not marked has nothing to explain");
        assertFieldError(assertProblem(agencies.get(0).api().put(path + "/low-bids/mine/explanation", "{\"text\":\" \"}"), 400), "text");

        String text = "本机构已完成同一项目的前期调查，可复用监测数据，人工成本约 2.1 万元。";
        JsonObject explained = agencies.get(0).api().put(path + "/low-bids/mine/explanation", "{\"text\":\"" + text + "\"}").json();
        assertEquals(sha256(text + "|"), explained.getString("explanationSha256"), explained::toString);
        assertEquals(text, explained.getString("explanation"), "the agency reads its own explanation");
        assertProblemCode(assertProblem(agencies.get(0).api().put(path + "/low-bids/mine/explanation", "{\"text\":\"again\"}"), 409),
                "procurement.low-bid-explained");
        assertEquals("LOW_BID_EXPLAINED", latestKind(owner.api()));
        JsonObject seenByAll = marks(Api.anonymous(), need).get(0);
        assertTrue(!seenByAll.containsKey("explanation") || seenByAll.isNull("explanation"), "the public sees the hash, not the text: " + seenByAll);
        assertEquals(explained.getString("explanationSha256"), seenByAll.getString("explanationSha256"));
        assertEquals(text, marks(owner.api(), need).get(0).getString("explanation"), "the owner reads it");

        TestClock.advance(TO_EXPLAIN.plusSeconds(1));
        assertProblemCode(assertProblem(owner.api().post(path + "/selection", "{}"), 409), "procurement.low-bids-undecided");
        assertEquals(403, agencies.get(0).api().post(path + "/low-bids/" + lowBid + "/decision", "{\"decision\":\"ACCEPTED\",\"reason\":\"x\"}").status());
        assertEquals(404, Market.owner().api().post(path + "/low-bids/" + lowBid + "/decision", "{\"decision\":\"ACCEPTED\",\"reason\":\"x\"}").status(),
                "another owner finds no such need of its own");
        assertFieldError(assertProblem(owner.api().post(path + "/low-bids/" + lowBid + "/decision", "{\"decision\":\"MAYBE\",\"reason\":\"x\"}"), 400),
                "decision");
        assertFieldError(assertProblem(owner.api().post(path + "/low-bids/" + lowBid + "/decision", "{\"decision\":\"ACCEPTED\",\"reason\":\"\"}"), 400),
                "reason");
        JsonObject accepted = owner.api().post(path + "/low-bids/" + lowBid + "/decision",
                "{\"decision\":\"ACCEPTED\",\"reason\":\"成本构成合理，可复用前期数据\"}").json();
        assertEquals("ACCEPTED", accepted.getString("decision"), accepted::toString);
        assertEquals("LOW_BID_ACCEPTED", latestKind(agencies.get(0).api()));
        assertProblemCode(assertProblem(owner.api().post(path + "/low-bids/" + lowBid + "/decision",
                "{\"decision\":\"REJECTED\",\"reason\":\"x\"}"), 409), "procurement.low-bid-decided");

        assertEquals("NOTICE", owner.api().post(path + "/selection", "{}").json().getString("status"));
        JsonObject notice = Api.anonymous().get(path + "/notice").json();
        assertEquals(low, notice.getJsonObject("winner").getJsonNumber("bidId").longValue(), "an accepted low bid competes and wins");
        JsonObject onNotice = notice.getJsonArray("lowBids").getJsonObject(0);
        assertEquals("ACCEPTED", onNotice.getString("decision"));
        assertEquals(explained.getString("explanationSha256"), onNotice.getString("explanationSha256"));
        assertEquals(30, notice.getJsonObject("lowBidRule").getInt("ceilingPercent"));

        List<JsonObject> timeline = Api.anonymous().get(path + "/timeline").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("NEED_DRAFTED", "NEED_PUBLISHED", "BIDDING_CLOSED", "BID_MARKED_LOW", "LOW_BID_EXPLAINED", "LOW_BID_ACCEPTED",
                "NEED_AWARDED"), timeline.stream().map(e -> e.getString("action")).toList());
        List<JsonObject> released = releases(need);
        assertEquals(List.of("published", "closed", "low-bid-marked", "low-bid-explained", "low-bid-accepted", "awarded"),
                released.stream().map(r -> r.getString("id").replaceAll("-\\d+$", "")).toList());
        List<JsonObject> documents = awardDocuments(last(released));
        assertEquals(1, documents.size(), documents::toString);
        String record = documents.get(0).getString("description");
        assertTrue(record.contains(explained.getString("explanationSha256")) && record.contains("ACCEPTED") && record.contains("成本构成合理"), record);
        assertFalse(record.contains(text), "the explanation itself is not published");
        assertEquals(0, statistic(last(released), "abnormallyLowBidsExcluded"));
        JsonObject decided = timeline.get(5).getJsonObject("facts");
        assertEquals(explained.getString("explanationSha256"), decided.getString("explanationSha256"), decided::toString);
        assertEquals("成本构成合理，可复用前期数据", decided.getString("reason"));
    }

    @Test
    void aBidOneCentBelowHalfTheOthersMeanIsMarkedUnderComprehensiveScoringAndOneCentAboveIsNot() {
        Owner owner = Market.owner();
        List<Agency> agencies = agencies(3);
        String weights = "{\"price\":50,\"credit\":20,\"plan\":30}";
        long below;
        long above;
        // Published with the ceiling test off, so the mean's alone is measured; each need keeps the rule it went out on.
        Market.overrideSettings("{\"lowBidCeilingPercent\":0}");
        try {
            below = Market.published(owner, "COMPREHENSIVE_SCORE", "1000000.00", 30, weights);
            above = Market.published(owner, "COMPREHENSIVE_SCORE", "1000000.00", 30, weights);
        } finally {
            Market.overrideSettings("{\"lowBidCeilingPercent\":30}");
        }
        long low = bids(agencies, below, "19999.99", "40000.00", "40000.00").get(0);
        bids(agencies, above, "20000.01", "40000.00", "40000.00");
        closeAndAssertClosed(below);
        closeAndAssertClosed(above);
        List<JsonObject> marked = marks(Api.anonymous(), below);
        assertEquals(1, marked.size(), marked::toString);
        assertEquals(low, marked.get(0).getJsonNumber("bidId").longValue());
        assertEquals("20000.00", marked.get(0).getString("meanLimit"));
        assertFalse(marked.get(0).containsKey("ceilingLimit") && !marked.get(0).isNull("ceilingLimit"), "the ceiling test was off");
        assertEquals(List.of(), marks(Api.anonymous(), above), "20000.01 is not below half of 40000.00");
    }

    @Test
    void aRejectedExplanationTakesTheBidOutOfTheRoundAndAnUpheldObjectionPutsItBack() {
        Owner owner = Market.owner();
        List<Agency> agencies = agencies(4);
        long need = Market.published(owner, "LOWEST_PRICE", "100000.00", 30, null);
        String path = "/api/v1/needs/" + need;
        List<Long> bids = bids(agencies, need, "20000.00", "60000.00", "62000.00", "64000.00");
        long low = bids.get(0);
        long next = bids.get(1);
        closeAndAssertClosed(need);
        long lowBid = marks(owner.api(), need).get(0).getJsonNumber("id").longValue();
        assertEquals(200, agencies.get(0).api().upload(path + "/low-bids/mine/explanation-file?filename=cost.pdf",
                "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf").status());
        JsonObject explained = agencies.get(0).api().put(path + "/low-bids/mine/explanation", "{\"text\":\"以成本价承接以积累业绩\"}").json();
        assertEquals("cost.pdf", explained.getString("explanationFileName"), explained::toString);
        assertEquals(200, owner.api().download(path + "/low-bids/" + lowBid + "/explanation-file").statusCode(), "the owner reads the file");
        assertEquals(404, agencies.get(1).api().download(path + "/low-bids/" + lowBid + "/explanation-file").statusCode(), "a competitor does not");
        assertProblemCode(assertProblem(agencies.get(0).api().post(path + "/low-bids/mine/objection", "{\"grounds\":\"early\"}"), 409),
                "procurement.low-bid-not-rejected");

        owner.api().post(path + "/low-bids/" + lowBid + "/decision", "{\"decision\":\"REJECTED\",\"reason\":\"未说明人工成本来源\"}");
        assertEquals("LOW_BID_REJECTED", latestKind(agencies.get(0).api()));
        assertEquals("NOTICE", owner.api().post(path + "/selection", "{}").json().getString("status"));
        JsonObject notice = Api.anonymous().get(path + "/notice").json();
        assertEquals(next, notice.getJsonObject("winner").getJsonNumber("bidId").longValue(), "the rejected bid is out of the selection");
        assertFalse(notice.getJsonArray("bids").getValuesAs(JsonObject.class).stream().anyMatch(b -> b.getJsonNumber("bidId").longValue() == low));
        assertEquals("REJECTED", notice.getJsonArray("lowBids").getJsonObject(0).getString("decision"));
        JsonObject awarded = last(releases(need));
        assertEquals(1, statistic(awarded, "abnormallyLowBidsExcluded"), "the rejected bid is counted out");
        assertTrue(awardDocuments(awarded).get(0).getString("description").contains("REJECTED"));

        assertEquals(404, agencies.get(1).api().post(path + "/low-bids/mine/objection", "{\"grounds\":\"not mine\"}").status());
        Api.Reply filed = agencies.get(0).api().post(path + "/low-bids/mine/objection", "{\"grounds\":\"说明附有成本测算，业主未予审查\"}");
        assertEquals(201, filed.status(), filed::toString);
        long objection = filed.json().getJsonNumber("id").longValue();
        assertEquals(lowBid, filed.json().getJsonNumber("lowBidId").longValue());
        Api.Reply toResult = agencies.get(0).api().post(path + "/objections", "{\"grounds\":\"and to the result\"}");
        assertEquals(201, toResult.status(), "an objection to the rejection leaves room for one to the result: " + toResult);
        assertProblemCode(assertProblem(agencies.get(0).api().post(path + "/low-bids/mine/objection", "{\"grounds\":\"again\"}"), 409),
                "procurement.objection-exists");
        supervisor.post("/api/v1/objections/" + objection + "/decision", "{\"outcome\":\"UPHELD\",\"reason\":\"成本测算可信\"}");

        assertEquals("BIDDING_CLOSED", Api.anonymous().get(path).json().getString("status"), "the result chosen without the bid falls");
        JsonObject overturned = marks(Api.anonymous(), need).get(0);
        assertEquals("REJECTED", overturned.getString("decision"), "the rejection stays on the record");
        assertEquals(objection, overturned.getJsonNumber("overturnedByObjection").longValue());
        assertEquals("NOTICE", owner.api().post(path + "/selection", "{}").json().getString("status"));
        assertEquals(low, Api.anonymous().get(path + "/notice").json().getJsonObject("winner").getJsonNumber("bidId").longValue());
        JsonObject again = last(releases(need));
        assertEquals(0, statistic(again, "abnormallyLowBidsExcluded"), "back in the race after the upheld objection");
        assertTrue(awardDocuments(again).get(0).getString("description").contains(String.valueOf(objection)));
        List<String> actions = Api.anonymous().get(path + "/timeline").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("NEED_DRAFTED", "NEED_PUBLISHED", "BIDDING_CLOSED", "BID_MARKED_LOW", "LOW_BID_EXPLAINED", "LOW_BID_REJECTED",
                "NEED_AWARDED", "OBJECTION_FILED", "OBJECTION_FILED", "OBJECTION_UPHELD", "NEED_AWARDED"), actions);
    }

    @Test
    void anUnexplainedBidLapsesOnceItsTimeHasPassedAndTheDrawIsAmongTheOthers() {
        Owner owner = Market.owner();
        List<Agency> agencies = agencies(4);
        long need = Market.published(owner, "RANDOM_DRAW", "100000.00", 30, null);
        String path = "/api/v1/needs/" + need;
        long low = bids(agencies, need, "29999.99", "30000.00", "70000.00", "80000.00").get(0);
        closeAndAssertClosed(need);
        List<JsonObject> marks = marks(Api.anonymous(), need);
        assertEquals(1, marks.size(), "a bid exactly at the limit is not below it: " + marks);
        assertProblemCode(assertProblem(owner.api().post(path + "/selection", "{}"), 409), "procurement.low-bids-undecided");

        TestClock.advanceTo(Instant.parse(marks.get(0).getString("explainBy")).plusSeconds(1));
        assertProblemCode(assertProblem(agencies.get(0).api().put(path + "/low-bids/mine/explanation", "{\"text\":\"late\"}"), 409),
                "procurement.low-bid-explain-closed");
        assertEquals("NOTICE", owner.api().post(path + "/selection", "{}").json().getString("status"));
        JsonObject notice = Api.anonymous().get(path + "/notice").json();
        assertEquals(3, notice.getJsonArray("bids").size(), "the draw is among the three others");
        assertTrue(notice.getJsonObject("winner").getJsonNumber("bidId").longValue() != low);
        assertEquals("LAPSED", notice.getJsonArray("lowBids").getJsonObject(0).getString("decision"));
        List<String> actions = Api.anonymous().get(path + "/timeline").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("NEED_DRAFTED", "NEED_PUBLISHED", "BIDDING_CLOSED", "BID_MARKED_LOW", "LOW_BID_LAPSED", "NEED_AWARDED"), actions);
        JsonObject awarded = last(releases(need));
        assertEquals(1, statistic(awarded, "abnormallyLowBidsExcluded"));
        assertTrue(awardDocuments(awarded).get(0).getString("description").contains("LAPSED"));
    }

    @Test
    void aMarkedAgencyMayWithdrawAndADirectSelectionMarksNothing() {
        Owner owner = Market.owner();
        List<Agency> agencies = agencies(4);
        long need = Market.published(owner, "LOWEST_PRICE", "100000.00", 30, null);
        String path = "/api/v1/needs/" + need;
        long low = bids(agencies, need, "10000.00", "60000.00", "62000.00", "64000.00").get(0);
        long direct = Market.published(owner, "DIRECT", "50000.00", 30, null);
        Market.bidId(agencies.get(0), direct, "100.00");
        closeAndAssertClosed(need);
        closeAndAssertClosed(direct);
        assertEquals(List.of(), marks(Api.anonymous(), direct), "a direct selection is the owner's choice, not a race on price");

        assertEquals(404, agencies.get(1).api().post(path + "/low-bids/mine/withdrawal", null).status());
        JsonObject withdrawn = agencies.get(0).api().post(path + "/low-bids/mine/withdrawal", null).json();
        assertEquals("WITHDRAWN", withdrawn.getString("decision"), withdrawn::toString);
        assertEquals("WITHDRAWN", agencies.get(0).api().get(path + "/bids/mine").json().getString("status"));
        assertEquals("NOTICE", owner.api().post(path + "/selection", "{}").json().getString("status"));
        JsonObject notice = Api.anonymous().get(path + "/notice").json();
        assertFalse(notice.getJsonArray("bids").getValuesAs(JsonObject.class).stream().anyMatch(b -> b.getJsonNumber("bidId").longValue() == low));
        assertTrue(Api.anonymous().get(path + "/timeline").jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("action").equals("LOW_BID_WITHDRAWN")));
    }

    @Test
    void aMarkedWinnerWhoseContractLapsesLosesCreditTwice() {
        Owner owner = Market.owner();
        List<Agency> agencies = agencies(4);
        long need = Market.published(owner, "LOWEST_PRICE", "100000.00", 30, null);
        String path = "/api/v1/needs/" + need;
        bids(agencies, need, "20000.00", "60000.00", "62000.00", "64000.00");
        closeAndAssertClosed(need);
        long lowBid = marks(owner.api(), need).get(0).getJsonNumber("id").longValue();
        agencies.get(0).api().put(path + "/low-bids/mine/explanation", "{\"text\":\"可以完成\"}");
        owner.api().post(path + "/low-bids/" + lowBid + "/decision", "{\"decision\":\"ACCEPTED\",\"reason\":\"理由充分\"}");
        assertEquals("NOTICE", owner.api().post(path + "/selection", "{}").json().getString("status"));
        Delivery.awaitNoticeEnd(need);
        long contract = Delivery.signed(owner, need);
        assertEquals("LAPSED", agencies.get(0).api().post("/api/v1/contracts/" + contract + "/decline", "{\"reason\":\"价格无法覆盖成本\"}")
                .json().getString("status"));
        assertEquals("70.00", Delivery.credit(agencies.get(0)).getJsonNumber("score").bigDecimalValue().toPlainString(),
                "MODERATE −5 for the lapse and MODERATE −5 for the low price that could not pay for the work");
    }

    @Test
    void supervisorsSeeAgenciesMarkedAbnormallyLowAgainAndAgain() {
        Owner owner = Market.owner();
        List<Agency> agencies = agencies(4);
        List<Long> needs = List.of(Market.published(owner, "LOWEST_PRICE", "100000.00", 30, null),
                Market.published(owner, "LOWEST_PRICE", "100000.00", 30, null), Market.published(owner, "LOWEST_PRICE", "100000.00", 30, null));
        for (long need : needs) {
            bids(agencies, need, "9000.00", "60000.00", "62000.00", "64000.00");
        }
        needs.forEach(LowBidApiIT::closeAndAssertClosed);
        assertEquals(403, owner.api().get("/api/v1/signals/low-bidders").status());
        List<JsonObject> listed = supervisor.get("/api/v1/signals/low-bidders").jsonArray().getValuesAs(JsonObject.class);
        JsonObject habitual = listed.stream().filter(l -> l.getJsonNumber("agencyId").longValue() == agencies.get(0).id()).findFirst()
                .orElseThrow(() -> new AssertionError("listed: " + listed));
        assertEquals(3, habitual.getInt("marks"));
        assertTrue(listed.stream().noneMatch(l -> l.getJsonNumber("agencyId").longValue() == agencies.get(1).id()));
    }

    /** The need's OCDS releases in the feed, oldest first, each page checked against the standard. */
    private static List<JsonObject> releases(long need) {
        // The feed publishes what the log has placed, which the sequencer does about a second after each commit.
        LogProofs.sequence();
        String ocid = OpenDataApiIT.ocid(need);
        return OpenDataApiIT.harvest(OpenDataApiIT.since(STARTED) + "&size=100").stream().filter(r -> r.getString("ocid").equals(ocid)).toList();
    }

    /** The statistic {@code measure} of the release's bids, or -1 when it has none. */
    private static long statistic(JsonObject release, String measure) {
        return release.getJsonObject("bids").getJsonArray("statistics").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("measure").equals(measure)).mapToLong(s -> s.getJsonNumber("value").longValue()).findFirst().orElse(-1);
    }

    private static JsonObject last(List<JsonObject> releases) {
        return releases.get(releases.size() - 1);
    }

    /** The documents of the release's last award. */
    private static List<JsonObject> awardDocuments(JsonObject release) {
        jakarta.json.JsonArray awards = release.getJsonArray("awards");
        return awards.getJsonObject(awards.size() - 1).getJsonArray("documents").getValuesAs(JsonObject.class);
    }

    /** The agencies' bids on the need at these prices, in order; returns their ids. */
    private static List<Long> bids(List<Agency> agencies, long need, String... prices) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < prices.length; i++) {
            ids.add(Market.bidId(agencies.get(i), need, prices[i]));
        }
        return ids;
    }

    private static List<Agency> agencies(int count) {
        List<String> regions = List.of("330100", "330200", "320100", "330300");
        return regions.subList(0, count).stream().map(Agencies::admitted).toList();
    }

    private static void closeAndAssertClosed(long need) {
        Market.passDeadline(need);
        JsonObject closed = Market.awaitClosed(need);
        assertTrue(List.of("BIDDING_CLOSED").contains(closed.getString("status")), closed::toString);
    }

    private static List<JsonObject> marks(Api api, long need) {
        Api.Reply reply = api.get("/api/v1/needs/" + need + "/low-bids");
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonArray().getValuesAs(JsonObject.class);
    }

    private static String latestKind(Api api) {
        return api.get("/api/v1/inbox").json().getJsonArray("items").getJsonObject(0).getString("kind");
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(LogProofs.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
