package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.intermarket.it.Problems.assertProblemCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FastMarket.class)
class ProcurementApiIT extends ApiTest {

    private final Api supervisor = Api.demo("supervisor");

    @Test
    void theNeedsListReadOnFromWhereAPageEndedIsTheListReadByNumber() {
        Owner owner = Market.owner();
        for (int i = 0; i < 5; i++) {
            Market.published(owner, "LOWEST_PRICE", "100000.00", 30 + i, null);
        }
        Api anyone = Api.anonymous();
        String list = "/api/v1/needs?item=" + Agencies.OPEN_ITEM + "&size=3";
        List<Long> byNumber = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            byNumber.addAll(ids(anyone.get(list + "&page=" + page).json()));
        }
        List<Long> byPosition = new java.util.ArrayList<>();
        JsonObject page = anyone.get(list).json();
        for (int read = 0; read < 3; read++) {
            byPosition.addAll(ids(page));
            assertTrue(page.containsKey("next"), page::toString);
            page = anyone.get(list + "&after=" + page.getString("next")).json();
        }
        assertEquals(byNumber, byPosition, "the same needs in the same order");
        assertEquals(anyone.get(list).json().getInt("total"), page.getInt("total"), "and the same count of all of them");

        JsonObject lastPage = anyone.get("/api/v1/needs?size=100&status=CANCELLED").json();
        if (lastPage.getJsonArray("items").size() < 100) {
            assertFalse(lastPage.containsKey("next"), "a short page is the last one");
        }
        for (String forged : List.of("x", "bm90aGluZw", "%25%25%25")) {
            assertFieldError(assertProblem(anyone.get("/api/v1/needs?after=" + forged), 400), "after");
        }
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(n -> n.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void bidsStaySealedUntilTheDeadlineAndTheLowestPriceWins() {
        Owner owner = Market.owner();
        Agency a = Agencies.admitted("330100");
        Agency b = Agencies.admitted("320100");
        Agency c = Agencies.admitted("330200");
        long need = Market.published(owner, "LOWEST_PRICE", "100000.00", 30, null);
        String path = "/api/v1/needs/" + need;

        Market.bidId(a, need, "90000.00");
        long bBid = Market.bidId(b, need, "85000.00");
        Market.bidId(c, need, "86000.00");
        assertEquals(200, Market.bid(c, need, "85000.00").status(), "replaced until the deadline");
        assertFieldError(assertProblem(Market.bid(a, need, "100000.01"), 400), "price");
        assertEquals(204, a.api().delete(path + "/bids/mine").status());
        assertEquals("90000.00", a.api().put(path + "/bids/mine", "{\"price\":\"90000\",\"serviceDays\":20,\"plan\":\"重新报价\"}")
                .json().getString("price"));

        JsonObject publicView = Api.anonymous().get(path).json();
        assertFalse(publicView.containsKey("bidCount"), "not even the number of bids before the deadline");
        assertProblemCode(assertProblem(owner.api().get(path + "/bids"), 409), "procurement.sealed");
        assertProblemCode(assertProblem(supervisor.get(path + "/bids"), 409), "procurement.sealed");
        assertEquals(403, a.api().get(path + "/bids").status());
        assertEquals(bBid, b.api().get(path + "/bids/mine").json().getJsonNumber("id").longValue());
        assertEquals(404, Api.anonymous().get(path + "/notice").status());
        String timeline = Api.anonymous().get(path + "/timeline").body();
        assertFalse(timeline.contains("85000") || timeline.contains("BID") || timeline.contains(b.username()), timeline);
        assertEquals(403, owner.api().put(path + "/bids/mine", "{\"price\":\"1\",\"serviceDays\":1,\"plan\":\"x\"}").status());

        Market.passDeadline(need);
        assertProblemCode(assertProblem(Market.bid(a, need, "50000.00"), 409), "procurement.bidding-closed");
        JsonObject closed = Market.awaitClosed(need);
        assertEquals("BIDDING_CLOSED", closed.getString("status"), "closed by its own timer");
        assertEquals(3, closed.getInt("bidCount"));
        // Closing again (the start-up catch-up's job) leaves this need as it was. The job's global count is not
        // asserted: another test's need may fall due in the same instant, before its own timer fires.
        assertEquals(200, Api.demo("admin").post("/api/v1/admin/jobs/close-due-needs", null).status());
        assertEquals("BIDDING_CLOSED", Api.anonymous().get(path).json().getString("status"));
        assertEquals(1, Api.anonymous().get(path + "/timeline").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("BIDDING_CLOSED")).count(), "closing twice changes nothing");
        assertEquals(3, owner.api().get(path + "/bids").jsonArray().size());

        JsonObject awarded = owner.api().post(path + "/selection", "{}").json();
        assertEquals("NOTICE", awarded.getString("status"), awarded::toString);
        JsonObject notice = Api.anonymous().get(path + "/notice").json();
        assertEquals(bBid, notice.getJsonObject("winner").getJsonNumber("bidId").longValue(), "85000 first, the tie to the earlier bid");
        assertEquals(3, notice.getJsonArray("bids").size());
        assertTrue(notice.containsKey("noticeEndsAt"));
        assertEquals("BID_WON", b.api().get("/api/v1/inbox").json().getJsonArray("items").getJsonObject(0).getString("kind"));
        assertEquals("BID_LOST", c.api().get("/api/v1/inbox").json().getJsonArray("items").getJsonObject(0).getString("kind"));
        List<String> actions = Api.anonymous().get(path + "/timeline").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("NEED_DRAFTED", "NEED_PUBLISHED", "BIDDING_CLOSED", "NEED_AWARDED"), actions);
        assertProblem(owner.api().post(path + "/selection", "{}"), 409);
    }

    @Test
    void aRandomDrawCanBeRecomputedByAnyone() throws Exception {
        Owner owner = Market.owner();
        List<Agency> bidders = List.of(Agencies.admitted("330100"), Agencies.admitted("330300"), Agencies.admitted("320100"));
        long need = Market.published(owner, "RANDOM_DRAW", "80000.00", 30, null);
        String path = "/api/v1/needs/" + need;
        JsonObject published = Api.anonymous().get(path).json();
        String commitment = published.getString("drawCommitment");
        assertFalse(published.containsKey("drawSeed"), "the seed stays secret until the deadline");
        for (Agency bidder : bidders) {
            Market.bidId(bidder, need, "70000.00");
        }
        Market.passDeadline(need);
        JsonObject closed = Market.awaitClosed(need);
        String seed = closed.getString("drawSeed");
        assertEquals(commitment, sha256Hex(seed), "the revealed seed matches the commitment published before bidding");

        owner.api().post(path + "/selection", "{}");
        JsonObject notice = Api.anonymous().get(path + "/notice").json();
        List<Long> ids = notice.getJsonArray("bids").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonNumber("bidId").longValue()).sorted().toList();
        String input = seed + ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        assertEquals(input, notice.getString("drawInput"));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
        int index = new BigInteger(1, Arrays.copyOf(digest, 8)).mod(BigInteger.valueOf(ids.size())).intValue();
        assertEquals(ids.get(index), notice.getJsonObject("winner").getJsonNumber("bidId").longValue());

        String idList = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        JsonObject check = Api.anonymous().post("/api/v1/draws/verify",
                "{\"seed\":\"" + seed + "\",\"commitment\":\"" + commitment + "\",\"bidIds\":[" + idList + "]}").json();
        assertTrue(check.getBoolean("commitmentMatches"));
        assertEquals(ids.get(index), check.getJsonNumber("winnerBidId").longValue(), "anyone can recompute it through the API too");
        String forged = (seed.charAt(0) == 'a' ? "b" : "a") + seed.substring(1);
        assertFalse(Api.anonymous().post("/api/v1/draws/verify", "{\"seed\":\"" + forged + "\",\"commitment\":\"" + commitment
                + "\",\"bidIds\":[" + idList + "]}").json().getBoolean("commitmentMatches"));
        Agency loser = bidders.stream().filter(b -> b.id() != notice.getJsonObject("winner").getJsonNumber("agencyId").longValue())
                .findFirst().orElseThrow();
        assertEquals(200, supervisor.post("/api/v1/agencies/" + loser.id() + "/suspension",
                "{\"until\":\"" + java.time.LocalDate.now().plusDays(30) + "\",\"reason\":\"未按规定报送执业信息\"}").status());
        assertEquals(notice, Api.anonymous().get(path + "/notice").json(),
                "a bidder suspended after the award stays on the notice, so the draw still verifies");
        assertFieldError(assertProblem(Api.anonymous().post("/api/v1/draws/verify", "{\"seed\":\"xyz\",\"bidIds\":[1]}"), 400), "seed");
        assertFieldError(assertProblem(Api.anonymous().post("/api/v1/draws/verify", "{\"seed\":\"" + seed + "\",\"bidIds\":[]}"), 400),
                "bidIds");
    }

    @Test
    void directSelectionOnlyUnderTheCeilingAndTheOwnerPicks() {
        Owner owner = Market.owner();
        long project = Market.project(owner);
        Api.Reply big = owner.api().post("/api/v1/needs", Market.need(project, "DIRECT", "150000.00", TestClock.now().plusSeconds(5), null));
        long bigId = big.json().getJsonNumber("id").longValue();
        assertProblemCode(assertProblem(owner.api().post("/api/v1/needs/" + bigId + "/publish", null), 409), "procurement.direct-not-allowed");

        Agency agency = Agencies.admitted("330100");
        long need = Market.published(owner, "DIRECT", "50000.00", 30, null);
        long bid = Market.bidId(agency, need, "42000.00");
        Market.passDeadline(need);
        assertEquals("BIDDING_CLOSED", Market.awaitClosed(need).getString("status"), "one bid is enough for DIRECT");
        assertFieldError(assertProblem(owner.api().post("/api/v1/needs/" + need + "/selection", "{}"), 400), "bidId");
        assertEquals("NOTICE", owner.api().post("/api/v1/needs/" + need + "/selection", "{\"bidId\":" + bid + "}").json().getString("status"));
    }

    @Test
    void comprehensiveScoringRanksByPublishedWeights() {
        Owner owner = Market.owner();
        Agency cheap = Agencies.admitted("330100");
        Agency good = Agencies.admitted("330200");
        Agency middle = Agencies.admitted("330300");
        assertFieldError(assertProblem(owner.api().post("/api/v1/needs", Market.need(Market.project(owner), "COMPREHENSIVE_SCORE",
                "90000.00", TestClock.now().plusSeconds(60), "{\"price\":50,\"credit\":20,\"plan\":20}")), 400), "weights");
        long need = Market.published(owner, "COMPREHENSIVE_SCORE", "90000.00", 30, "{\"price\":50,\"credit\":20,\"plan\":30}");
        long cheapBid = Market.bidId(cheap, need, "60000.00");
        long goodBid = Market.bidId(good, need, "80000.00");
        long middleBid = Market.bidId(middle, need, "70000.00");
        Market.passDeadline(need);
        Market.awaitClosed(need);
        String path = "/api/v1/needs/" + need + "/selection";
        assertFieldError(assertProblem(owner.api().post(path, "{\"planScores\":{\"" + cheapBid + "\":50}}"), 400), "planScores");
        // cheap: 50 + 16 + 15 = 81.00; good: 37.50 + 16 + 30 = 83.50; middle: 42.86 + 16 + 24 = 82.86 (credit 80 each)
        owner.api().post(path, "{\"planScores\":{\"" + cheapBid + "\":50,\"" + goodBid + "\":100,\"" + middleBid + "\":80}}");
        JsonObject notice = Api.anonymous().get("/api/v1/needs/" + need + "/notice").json();
        assertEquals(goodBid, notice.getJsonObject("winner").getJsonNumber("bidId").longValue());
        assertEquals(List.of("83.50", "82.86", "81.00"), notice.getJsonArray("bids").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonNumber("totalScore").bigDecimalValue().setScale(2).toPlainString()).toList());
    }

    @Test
    void tooFewBidsFailTheRoundAndTheOwnerRepublishes() {
        Owner owner = Market.owner();
        Agency only = Agencies.admitted("330100");
        long need = Market.published(owner, "LOWEST_PRICE", "60000.00", 30, null);
        Market.bidId(only, need, "50000.00");
        Market.passDeadline(need);
        JsonObject failed = Market.awaitClosed(need);
        assertEquals("FAILED", failed.getString("status"));
        assertEquals("NEED_FAILED", owner.api().get("/api/v1/inbox").json().getJsonArray("items").getJsonObject(0).getString("kind"));

        Api.Reply again = owner.api().post("/api/v1/needs/" + need + "/republish",
                "{\"bidDeadline\":\"" + TestClock.now().plusSeconds(60) + "\"}");
        assertEquals(200, again.status(), again::toString);
        assertEquals("PUBLISHED", again.json().getString("status"));
        assertEquals(2, again.json().getInt("round"));
        assertEquals(404, only.api().get("/api/v1/needs/" + need + "/bids/mine").status(), "the first round's bid does not carry over");
        assertEquals(200, Market.bid(only, need, "49000.00").status());
    }

    @Test
    void oneAgencyHasOneLiveBidEvenWhenItsRequestsRace() throws Exception {
        Owner owner = Market.owner();
        Agency racer = Agencies.admitted("330100");
        Agency second = Agencies.admitted("330200");
        Agency third = Agencies.admitted("330300");
        long need = Market.published(owner, "LOWEST_PRICE", "99000.00", 30, null);
        List<Thread> threads = new java.util.ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int i = 0; i < 8; i++) {
            String price = "9" + i + "000.00";
            Thread thread = new Thread(() -> statuses.add(Market.bid(racer, need, price).status()));
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses::toString);
        Market.bidId(second, need, "95000.00");
        Market.bidId(third, need, "96000.00");
        Market.passDeadline(need);
        Market.awaitClosed(need);
        List<JsonObject> bids = owner.api().get("/api/v1/needs/" + need + "/bids").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, bids.stream().filter(b -> b.getJsonNumber("agencyId").longValue() == racer.id()).count());
        assertEquals(3, bids.size());
    }

    @Test
    void ineligibleAgenciesAreRefusedWithTheirReason() {
        Owner owner = Market.owner();
        long need = Market.published(owner, "LOWEST_PRICE", "99000.00", 30, null);
        Agency suspended = Agencies.admitted("330100");
        supervisor.post(suspended.path() + "/suspension", "{\"until\":\"" + java.time.LocalDate.now().plusDays(10) + "\",\"reason\":\"调查中\"}");
        assertProblemCode(assertProblem(Market.bid(suspended, need, "50000.00"), 409), "procurement.not-eligible.agency-not-active");

        Agency pending = Agencies.register("330100");
        Agencies.applied(pending);
        assertProblemCode(assertProblem(Market.bid(pending, need, "50000.00"), 409), "procurement.not-eligible.agency-not-active");

        Agency surveyor = Agencies.register("330100");
        Agencies.addQualification(surveyor, Agencies.SURVEY_QUALIFICATION, java.time.LocalDate.now().minusYears(1),
                java.time.LocalDate.now().plusYears(1));
        Agencies.publishGuide(surveyor, Agencies.SURVEY_ITEM);
        long admission = surveyor.api().post(surveyor.path() + "/admission", null).json().getJsonNumber("id").longValue();
        supervisor.post("/api/v1/admissions/" + admission + "/approve", null);
        assertProblemCode(assertProblem(Market.bid(surveyor, need, "50000.00"), 409), "procurement.not-eligible.no-service-guide");

        assertEquals(404, Market.bid(Agencies.admitted("330100"), 999_999_999L, "1.00").status());
    }

    @Test
    void anOwnerCancelsBeforeTheDeadlineAndBiddersAreTold() {
        Owner owner = Market.owner();
        Agency bidder = Agencies.admitted("330100");
        long need = Market.published(owner, "LOWEST_PRICE", "99000.00", 60, null);
        Market.bidId(bidder, need, "70000.00");
        assertFieldError(assertProblem(owner.api().post("/api/v1/needs/" + need + "/cancel", "{}"), 400), "reason");
        assertEquals(404, Market.owner().api().post("/api/v1/needs/" + need + "/cancel", "{\"reason\":\"x\"}").status(), "not their need");
        JsonObject cancelled = owner.api().post("/api/v1/needs/" + need + "/cancel", "{\"reason\":\"项目规划调整，暂停采购\"}").json();
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("NEED_CANCELLED", bidder.api().get("/api/v1/inbox").json().getJsonArray("items").getJsonObject(0).getString("kind"));
        assertProblemCode(assertProblem(Market.bid(bidder, need, "60000.00"), 409), "procurement.bidding-closed");
    }

    @Test
    void projectsAndNeedsBelongToTheirOwner() {
        Owner owner = Market.owner();
        assertFieldError(assertProblem(owner.api().post("/api/v1/projects",
                "{\"name\":\"x\",\"projectCode\":\"2026-33-01\",\"location\":\"杭州\",\"investment\":\"1.00\"}"), 400), "projectCode");
        long project = Market.project(owner);
        Owner other = Market.owner();
        assertProblem(other.api().post("/api/v1/needs", Market.need(project, "LOWEST_PRICE", "1000.00", TestClock.now().plusSeconds(60), null)), 404);
        assertEquals(403, Api.demo("agency1").post("/api/v1/projects",
                "{\"name\":\"x\",\"projectCode\":\"2026-330100-48-01-000001\",\"location\":\"杭州\",\"investment\":\"1.00\"}").status());
        assertFieldError(assertProblem(owner.api().post("/api/v1/needs", Market.need(project, "LOWEST_PRICE", null, TestClock.now().plusSeconds(60), null)), 400),
                "ceilingPrice");
        Api.Reply soon = owner.api().post("/api/v1/needs", Market.need(project, "LOWEST_PRICE", "1000.00", TestClock.now().plusMillis(500), null));
        assertProblemCode(assertProblem(owner.api().post("/api/v1/needs/" + soon.json().getJsonNumber("id") + "/publish", null), 409),
                "procurement.deadline-too-soon");
        assertEquals(404, Api.anonymous().get("/api/v1/needs/" + soon.json().getJsonNumber("id")).status(), "drafts are private");
        List<String> mine = owner.api().get("/api/v1/needs/mine").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(n -> n.getString("status")).toList();
        assertEquals(List.of("DRAFT"), mine);
    }

    /** A draft is the owner's own until published: revised and deleted by them alone, and never once it is public. */
    @Test
    void draftsAreRevisedAndDeletedByTheirOwnerOnlyUntilPublished() {
        Owner owner = Market.owner();
        long project = Market.project(owner);
        Instant later = TestClock.now().plusSeconds(5 * 24 * 3600);
        long draft = owner.api().post("/api/v1/needs", Market.need(project, "LOWEST_PRICE", "1000.00", later, null)).json()
                .getJsonNumber("id").longValue();
        String path = "/api/v1/needs/" + draft;
        String revised = Market.need(project, "LOWEST_PRICE", "2000.00", later, null).replace("编制环境影响报告书并配合审批", "编制报告表");
        JsonObject changed = owner.api().put(path, revised).json();
        assertEquals("2000.00", changed.getString("ceilingPrice"));
        assertEquals("编制报告表", changed.getString("scope"));
        assertEquals("DRAFT", changed.getString("status"));

        Owner other = Market.owner();
        assertProblem(other.api().put(path, revised), 404);
        assertProblem(other.api().delete(path), 404);
        long otherProject = Market.project(owner);
        assertFieldError(assertProblem(owner.api().put(path, Market.need(otherProject, "LOWEST_PRICE", "2000.00", later, null)), 400), "projectId");

        Api.Reply passed = owner.api().put(path, Market.need(project, "LOWEST_PRICE", "2000.00", TestClock.now().minusSeconds(60), null));
        assertEquals(200, passed.status(), "a draft may hold any deadline; publishing judges it");
        JsonObject refused = assertProblem(owner.api().post(path + "/publish", null), 409);
        assertProblemCode(refused, "procurement.deadline-in-past");
        assertFieldError(refused, "bidDeadline");

        owner.api().put(path, revised);
        assertEquals(200, owner.api().post(path + "/publish", null).status());
        assertProblemCode(assertProblem(owner.api().put(path, revised), 409), "procurement.not-draft");
        assertProblemCode(assertProblem(owner.api().delete(path), 409), "procurement.not-draft");
        assertEquals("PUBLISHED", Api.anonymous().get(path).json().getString("status"));

        long second = owner.api().post("/api/v1/needs", Market.need(project, "LOWEST_PRICE", "1000.00", later, null)).json()
                .getJsonNumber("id").longValue();
        assertEquals(204, owner.api().delete("/api/v1/needs/" + second).status());
        assertEquals(404, owner.api().get("/api/v1/needs/" + second).status());
    }

    /** API.md: money is a JSON string with two decimals; clients that still send numbers are read too. */
    @Test
    void moneyIsATwoDecimalStringOutAndAStringOrANumberIn() {
        Owner owner = Market.owner();
        Agency agency = Agencies.admitted("330100");
        long project = Market.project(owner);
        JsonObject projects = owner.api().get("/api/v1/projects").json();
        assertEquals("52000000.00", projects.getJsonArray("items").getJsonObject(0).getString("investment"));
        // Market.need writes the ceiling in the contract's form; this client sends a number instead.
        String draft = Market.need(project, "LOWEST_PRICE", "100000", TestClock.now().plusSeconds(120), null)
                .replace("\"ceilingPrice\":\"100000\"", "\"ceilingPrice\":100000");
        JsonObject drafted = owner.api().post("/api/v1/needs", draft).json();
        assertEquals("100000.00", drafted.getString("ceilingPrice"), "a number is read and written back in the contract's form");
        long need = drafted.getJsonNumber("id").longValue();
        String path = "/api/v1/needs/" + need;
        assertEquals(200, owner.api().post(path + "/publish", null).status());

        assertEquals("99000.50", Market.bid(agency, need, "99000.50").json().getString("price"));
        assertEquals("99000.50", agency.api().get(path + "/bids/mine").json().getString("price"), "stored as sent");
        assertEquals("98000.50", agency.api().put(path + "/bids/mine", bid("98000.5")).json().getString("price"), "a number still counts");

        JsonObject letter = assertProblem(agency.api().put(path + "/bids/mine", bid("\"12a\"")), 400);
        assertEquals("must be an amount such as \"125000.00\"", letter.getJsonArray("errors").getJsonObject(0).getString("message"), letter::toString);
        for (String malformed : List.of("\"1e999999999\"", "\"98 000.00\"", "\"\"", "true")) {
            assertFieldError(assertProblem(agency.api().put(path + "/bids/mine", bid(malformed)), 400), "price");
        }
        // Well-formed but out of bounds: Bean Validation's @Digits answers, for the number as for the string.
        assertFieldError(assertProblem(agency.api().put(path + "/bids/mine", bid("1e999999999")), 400), "price");
        assertFieldError(assertProblem(agency.api().put(path + "/bids/mine", bid("\"98000.505\"")), 400), "price");
        assertFieldError(assertProblem(owner.api().post(path + "/amendments", "{\"reason\":\"x\",\"ceilingPrice\":\"100,000.00\"}"), 400),
                "ceilingPrice");
        assertEquals("98000.50", agency.api().get(path + "/bids/mine").json().getString("price"), "a refused bid changes nothing");
    }

    private static String bid(String price) {
        return "{\"price\":" + price + ",\"serviceDays\":20,\"plan\":\"按报价完成\"}";
    }

    @Test
    void anAmendmentIsPublicAndBidsCountOnlyOnceConfirmedAgain() {
        Owner owner = Market.owner();
        Agency confirms = Agencies.admitted("330100");
        Agency replaces = Agencies.admitted("330200");
        Agency silent = Agencies.admitted("320100");
        long need = Market.published(owner, "LOWEST_PRICE", "90000.00", 30, null);
        String path = "/api/v1/needs/" + need;
        Market.bidId(confirms, need, "70000.00");
        Market.bidId(replaces, need, "85000.00");
        Market.bidId(silent, need, "75000.00");

        assertFieldError(assertProblem(owner.api().post(path + "/amendments", "{\"ceilingPrice\":\"80000.00\"}"), 400), "reason");
        // two seconds left when the terms change: the deadline moves so that the minimum (4 s in a fast market) remains
        TestClock.advanceTo(Instant.parse(Api.anonymous().get(path).json().getString("bidDeadline")).minusSeconds(2));
        Instant before = TestClock.now();
        Api.Reply amended = owner.api().post(path + "/amendments", "{\"reason\":\"核减投资，下调最高限价\",\"ceilingPrice\":\"80000.00\"}");
        assertEquals(201, amended.status(), amended::toString);
        assertTrue(Instant.parse(amended.json().getString("bidDeadline")).isAfter(before.plusSeconds(3)), "at least the minimum remains");
        JsonObject amendment = Api.anonymous().get(path + "/amendments").jsonArray().getJsonObject(0);
        assertEquals("90000.00", amendment.getJsonObject("changes").getString("ceilingBefore"), amendment::toString);
        assertEquals("80000.00", amendment.getJsonObject("changes").getString("ceiling"), amendment::toString);
        assertEquals("NEED_AMENDED", confirms.api().get("/api/v1/inbox").json().getJsonArray("items").getJsonObject(0).getString("kind"));
        assertFalse(confirms.api().get(path + "/bids/mine").json().getBoolean("confirmed"));

        assertEquals(200, confirms.api().post(path + "/bids/mine/confirm", null).status());
        assertFieldError(assertProblem(replaces.api().post(path + "/bids/mine/confirm", null), 400), "price");
        assertTrue(Market.bid(replaces, need, "79000.00").json().getBoolean("confirmed"));
        Market.passDeadline(need);
        JsonObject closed = Market.awaitClosed(need);
        assertEquals("FAILED", closed.getString("status"), "the unconfirmed bid does not count: 2 of 3");
        assertEquals(2, closed.getInt("bidCount"));
        assertTrue(Api.anonymous().get(path + "/timeline").body().contains("NEED_AMENDED"));
    }

    @Test
    void excludedAgenciesCannotBidAndTheReasonIsPublic() {
        Owner owner = Market.owner();
        Agency conflicted = Agencies.admitted("330100");
        Agency free = Agencies.admitted("330200");
        long project = Market.project(owner);
        assertFieldError(assertProblem(owner.api().post("/api/v1/needs", Market.need(project, "LOWEST_PRICE", "50000.00",
                TestClock.now().plusSeconds(60), null, "[{\"agencyId\":999999999,\"reason\":\"x\"}]")), 400), "excludedAgencies");
        Api.Reply drafted = owner.api().post("/api/v1/needs", Market.need(project, "LOWEST_PRICE", "50000.00", TestClock.now().plusSeconds(60),
                null, "[{\"agencyId\":" + conflicted.id() + ",\"reason\":\"该机构编制了本项目的设计文件\"}]"));
        long need = drafted.json().getJsonNumber("id").longValue();
        owner.api().post("/api/v1/needs/" + need + "/publish", null);

        JsonObject exclusion = Api.anonymous().get("/api/v1/needs/" + need + "/exclusions").jsonArray().getJsonObject(0);
        assertEquals("该机构编制了本项目的设计文件", exclusion.getString("reason"));
        assertEquals(conflicted.id(), exclusion.getJsonNumber("agencyId").longValue());
        assertProblemCode(assertProblem(Market.bid(conflicted, need, "40000.00"), 409), "procurement.excluded");
        assertEquals(200, Market.bid(free, need, "40000.00").status());

        String ownerName = "测试单位 " + owner.username();
        assertTrue(supervisor.get("/api/v1/exclusions/owners?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(row -> row.getString("ownerName").equals(ownerName) && row.getInt("exclusions") == 1));
        assertEquals(403, free.api().get("/api/v1/exclusions/owners").status());
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
