package org.intermarket.it;

import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization matrix of the government offices' jurisdiction, through the API. Every need here is a Hangzhou
 * owner's (330100) need for 环境影响评价 (生态环境部门), so the offices inside its jurisdiction are the province's platform
 * office ({@code supervisor}), Hangzhou's platform office and Hangzhou's environmental department; outside it are
 * Hangzhou's housing department (another department), Ningbo's environmental department (a sibling region) and the
 * Xihu district's environmental department (a child region), each of which must be refused or see nothing. Decisions
 * about an agency itself are the platform offices' of the agency's home region and of the province.
 */
@ExtendWith(FastMarket.class)
class JurisdictionApiIT extends ApiTest {

    /** The demo's offices whose jurisdiction covers the tests' needs, by account. */
    private static final List<String> INSIDE = List.of("supervisor", "supervisor-hz", "eco-hz");
    /** Another department of the need's region, the need's department of a sibling region and of a child region. */
    private static final List<String> OUTSIDE = List.of("housing-hz", "eco-nb", "eco-xihu");

    private final Map<String, Api> offices = new java.util.HashMap<>();

    private Api office(String username) {
        return offices.computeIfAbsent(username, Api::demo);
    }

    @Test
    void aSupervisorAnswersForItsOfficeOnMe() {
        JsonObject office = office("eco-hz").get("/api/v1/me").json().getJsonObject("office");
        assertEquals("杭州市生态环境局", office.getString("name"));
        assertEquals("DEPARTMENT", office.getString("kind"));
        assertEquals("生态环境部门", office.getString("department"));
        assertEquals("330100", office.getJsonObject("region").getString("code"));
        JsonObject province = office("supervisor").get("/api/v1/me").json().getJsonObject("office");
        assertEquals("PLATFORM", province.getString("kind"));
        assertEquals("330000", province.getJsonObject("region").getString("code"));
        JsonObject owner = Market.owner().api().get("/api/v1/me").json();
        assertFalse(owner.containsKey("office") && !owner.isNull("office"), "an owner acts for no office: " + owner);
    }

    @Test
    void onlyTheProvincesPlatformOfficeKeepsTheCatalog() {
        for (String username : List.of("supervisor-hz", "eco-hz", "land-zj")) {
            assertProblem(office(username).post("/api/v1/catalog/items/" + Agencies.OPEN_ITEM + "/retire", "{\"reason\":\"越权停用\"}"), 403);
        }
        assertEquals("ACTIVE", Api.anonymous().get("/api/v1/catalog/items/" + Agencies.OPEN_ITEM).json().getString("status"));
    }

    @Test
    void onlyOfficesCoveringTheNeedSeeAndDecideItsObjectionsAndTheDecisionNamesTheOffice() {
        Owner owner = Market.owner();
        Agency winner = Agencies.admitted("330100");
        Agency loser = Agencies.admitted("330200");
        long need = Market.published(owner, "DIRECT", "50000.00", 30, null);
        long winnerBid = Market.bidId(winner, need, "40000.00");
        Market.bidId(loser, need, "45000.00");
        Market.passDeadline(need);
        Market.awaitClosed(need);
        String path = "/api/v1/needs/" + need;
        assertEquals(200, owner.api().post(path + "/selection", "{\"bidId\":" + winnerBid + "}").status());
        Api.Reply filed = loser.api().post(path + "/objections", "{\"grounds\":\"中选机构的服务方案未说明现场踏勘安排\"}");
        assertEquals(201, filed.status(), filed::toString);
        long objection = filed.json().getJsonNumber("id").longValue();

        for (String username : INSIDE) {
            assertTrue(pendingObjections(username).contains(objection), username + " lists the objection");
            assertEquals(1, office(username).get(path + "/objections").jsonArray().size(), username + " reads it on the need");
            assertEquals(200, office(username).get(path + "/bids").status(), username + " reads the bids");
        }
        for (String username : OUTSIDE) {
            assertFalse(pendingObjections(username).contains(objection), username + " does not list the objection");
            assertEquals(0, office(username).get(path + "/objections").jsonArray().size(), username + " reads none on the need");
            assertProblem(office(username).get(path + "/bids"), 404);
            assertProblem(office(username).post("/api/v1/objections/" + objection + "/decision",
                    "{\"outcome\":\"UPHELD\",\"reason\":\"越权处理\"}"), 404);
        }
        assertEquals("PENDING", owner.api().get(path + "/objections").jsonArray().getJsonObject(0).getString("status"),
                "no refused office changed anything");

        Api.Reply decided = office("eco-hz").post("/api/v1/objections/" + objection + "/decision",
                "{\"outcome\":\"DISMISSED\",\"reason\":\"服务方案已载明踏勘安排\"}");
        assertEquals(200, decided.status(), decided::toString);
        JsonObject entry = Api.anonymous().get(path + "/timeline").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("OBJECTION_DISMISSED")).findFirst().orElseThrow();
        assertEquals("杭州市生态环境局", entry.getJsonObject("facts").getString("office"), "the public timeline names the deciding office");
    }

    @Test
    void onlyOfficesCoveringTheNeedFollowUpItsRectification() {
        Owner owner = Market.owner();
        Agency agency = Agencies.admitted("330100");
        long contract = Delivery.accepted(owner, agency, "30000.00");
        long rating = owner.api().post("/api/v1/contracts/" + contract + "/rating",
                "{\"quality\":2,\"timeliness\":3,\"attitude\":4,\"fee\":3,\"comment\":\"报告质量差\"}").json().getJsonNumber("id").longValue();
        String rectification = "/api/v1/ratings/" + rating + "/rectification";
        assertEquals("ANSWERED", agency.api().post(rectification, "{\"answer\":\"已补充现场监测并重新出具报告\"}").json().getString("status"));

        for (String username : INSIDE) {
            assertTrue(everyId(office(username), "/api/v1/rectifications?status=ANSWERED", "ratingId").contains(rating),
                    username + " lists the rectification");
            assertEquals(200, office(username).get("/api/v1/contracts/" + contract).status(), username + " reads the contract");
        }
        for (String username : OUTSIDE) {
            assertFalse(everyId(office(username), "/api/v1/rectifications?status=ANSWERED", "ratingId").contains(rating),
                    username + " does not list the rectification");
            assertProblem(office(username).get("/api/v1/contracts/" + contract), 404);
            assertProblem(office(username).post(rectification + "/close", "{\"note\":\"越权回访\"}"), 404);
        }
        assertEquals("CLOSED", office("supervisor-hz").post(rectification + "/close", "{\"note\":\"回访业主，整改到位\"}").json()
                .getString("status"));
    }

    @Test
    void onlyOfficesCoveringTheNeedSeeAndReviewItsSignals() {
        Owner owner = Market.owner();
        Agency low = Agencies.admitted("330100");
        Agency high = Agencies.admitted("330200");
        long need = Market.published(owner, "DIRECT", "90000.00", 30, null);
        Market.bidId(low, need, "80000.00");
        Market.bidId(high, need, "80100.00");
        Market.passDeadline(need);
        Market.awaitClosed(need);
        String list = "/api/v1/signals?kind=CLOSE_PRICES&need=" + need;

        for (String username : INSIDE) {
            assertEquals(1, office(username).get(list).json().getInt("total"), username + " sees the signal");
        }
        String key = office("eco-hz").get(list).json().getJsonArray("items").getJsonObject(0).getString("key");
        for (String username : OUTSIDE) {
            assertEquals(0, office(username).get(list).json().getInt("total"), username + " sees no signal on the need");
            assertProblem(office(username).post("/api/v1/signals/" + key + "/review", "{\"comment\":\"越权审查\"}"), 404);
        }
        assertEquals(200, office("eco-hz").post("/api/v1/signals/" + key + "/review", "{\"comment\":\"两家报价相近，已约谈\"}").status());
    }

    @Test
    void theLogsEntriesAreTheProvincePlatformOfficesAndABidsReceiptTheOfficesCoveringItsNeed() {
        assertEquals(200, office("supervisor").get("/api/v1/log/entries/0").status(), "the province's platform office runs the log");
        for (String username : List.of("supervisor-hz", "eco-hz", "land-zj")) {
            assertProblem(office(username).get("/api/v1/log/entries/0"), 403);
        }
        Owner owner = Market.owner();
        long need = Market.published(owner, "LOWEST_PRICE", "90000.00", 600, null);
        Agency agency = Agencies.admitted("330100");
        long receipt = Market.bid(agency, need, "85000.00").json().getJsonObject("receipt").getJsonNumber("number").longValue();
        LogProofs.sequence();
        for (String username : INSIDE) {
            assertEquals(200, office(username).get("/api/v1/log/proofs/receipt/" + receipt).status(), username + " reads the receipt's proof");
        }
        for (String username : OUTSIDE) {
            assertProblem(office(username).get("/api/v1/log/proofs/receipt/" + receipt), 404);
        }
    }

    @Test
    void onlyOfficesCoveringTheNeedOpenItBehindAFigure() {
        Owner owner = Market.owner();
        long need = Market.published(owner, "DIRECT", "90000.00", 30, null);
        LocalDate today = marketToday();
        String figure = "/api/v1/statistics/needs?figure=NEEDS_PUBLISHED&item=" + Agencies.OPEN_ITEM + "&region=330100&size=100&from="
                + today.minusDays(2) + "&to=" + today.plusDays(2);
        for (String username : INSIDE) {
            assertTrue(ids(office(username).get(figure), "needId").contains(need), username + " opens the need behind the figure");
        }
        for (String username : OUTSIDE) {
            assertFalse(ids(office(username).get(figure), "needId").contains(need), username + " does not see the need behind the figure");
        }
    }

    @Test
    void decisionsAboutAnAgencyAreItsHomeRegionsPlatformOfficesOrTheProvinces() {
        Agency applicant = Agencies.register("330100");
        long application = Agencies.applied(applicant);
        // Inside: the province's and Hangzhou's platform offices. Outside: a department of Hangzhou, the platform
        // office of Ningbo (a sibling city) and of the Xihu district (below the agency's region).
        List<String> outside = List.of("eco-hz", "supervisor-nb", "supervisor-xihu");
        for (String username : List.of("supervisor", "supervisor-hz")) {
            assertTrue(pendingApplications(username).contains(application), username + " lists the application");
        }
        for (String username : outside) {
            assertFalse(pendingApplications(username).contains(application), username + " does not list the application");
            assertProblem(office(username).post("/api/v1/admissions/" + application + "/approve", null), 404);
        }
        assertEquals(200, office("supervisor-hz").post("/api/v1/admissions/" + application + "/approve", null).status());

        String until = marketToday().plusDays(30).toString();
        for (String username : outside) {
            Api api = office(username);
            assertProblem(api.post(applicant.path() + "/suspension", "{\"until\":\"" + until + "\",\"reason\":\"越权暂停\"}"), 403);
            assertProblem(api.post(applicant.path() + "/expulsion", "{\"reason\":\"越权清退\"}"), 403);
            assertProblem(api.post(applicant.path() + "/violations", "{\"severity\":\"MINOR\",\"reason\":\"越权记录\"}"), 403);
            assertProblem(api.post(applicant.path() + "/rewards", "{\"points\":1,\"reason\":\"越权奖励\"}"), 403);
            assertProblem(api.post(applicant.path() + "/supervisor-ratings", "{\"score\":60,\"comment\":\"越权评分\"}"), 403);
            assertProblem(api.post(applicant.path() + "/blacklist", "{\"until\":\"" + until + "\",\"reason\":\"越权列入黑名单\"}"), 403);
        }
        assertEquals("ACTIVE", Api.anonymous().get(applicant.path()).json().getString("status"), "no refused office changed anything");
        assertEquals(0, Api.anonymous().get(applicant.path() + "/violations").json().getInt("total"));

        Api home = office("supervisor-hz");
        assertEquals(201, home.post(applicant.path() + "/rewards", "{\"points\":1,\"reason\":\"按时完成服务\"}").status());
        Api.Reply suspended = home.post(applicant.path() + "/suspension", "{\"until\":\"" + until + "\",\"reason\":\"材料造假嫌疑，调查期间暂停\"}");
        assertEquals(200, suspended.status(), suspended::toString);
        assertEquals("ACTIVE", office("supervisor").delete(applicant.path() + "/suspension").json().getString("status"),
                "the province's office decides for every agency of the market");
    }

    @Test
    void anOfficeListsOnlyTheOrganisationsItDecidesAbout() {
        Agency hangzhou = Agencies.register("330100");
        Owner owner = Market.owner();
        long ownerId = owner.api().get("/api/v1/me").json().getJsonObject("organisation").getJsonNumber("id").longValue();
        // A whole credit code finds exactly its organisation (organisations are public, so any office reads the code).
        String byName = "/api/v1/organisations?q=" + office("eco-nb").get("/api/v1/organisations/" + hangzhou.id()).json().getString("creditCode");
        String ownerByName = "/api/v1/organisations?type=OWNER&q="
                + office("eco-nb").get("/api/v1/organisations/" + ownerId).json().getString("creditCode");
        for (String username : List.of("supervisor", "supervisor-hz")) {
            Api.Reply found = office(username).get(byName);
            assertEquals(List.of(hangzhou.id()), ids(found, "id"), username + " lists the Hangzhou agency");
            assertEquals(1, found.json().getInt("total"), username + " counts it");
            assertEquals(List.of(ownerId), ids(office(username).get(ownerByName), "id"), username + " lists the owner");
        }
        // A department of Hangzhou, the platform office of Ningbo (a sibling city) and of the Xihu district (below Hangzhou).
        for (String username : List.of("eco-hz", "supervisor-nb", "supervisor-xihu")) {
            Api.Reply none = office(username).get(byName);
            assertEquals(0, none.json().getInt("total"), username + " counts nothing");
            assertEquals(List.of(), ids(none, "id"), username + " lists nothing");
            assertEquals(List.of(), ids(office(username).get(ownerByName), "id"), username + " does not list the owner");
            assertProblem(office(username).post("/api/v1/organisations/" + hangzhou.id() + "/disable", "{\"reason\":\"越权停用\"}"), 403);
        }
        assertEquals(0, office("eco-hz").get("/api/v1/organisations").json().getInt("total"), "a department decides about no organisation");
        JsonObject ningboPage = office("supervisor-nb").get("/api/v1/organisations?size=100").json();
        for (JsonObject organisation : ningboPage.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertTrue(organisation.getJsonObject("region").getString("code").startsWith("3302"), "Ningbo lists only its own: " + organisation);
        }
    }

    @Test
    void anAgencyAdmittedInOneCityBidsOnANeedOfAnother() {
        Agency ningbo = Agencies.register("330200");
        long application = Agencies.applied(ningbo);
        assertEquals(200, office("supervisor-nb").post("/api/v1/admissions/" + application + "/approve", null).status());
        Owner hangzhou = Market.owner();
        long need = Market.published(hangzhou, "DIRECT", "50000.00", 30, null);
        long bid = Market.bidId(ningbo, need, "42000.00");
        Market.passDeadline(need);
        Market.awaitClosed(need);
        assertEquals(200, hangzhou.api().post("/api/v1/needs/" + need + "/selection", "{\"bidId\":" + bid + "}").status());
        assertEquals(ningbo.id(), Api.anonymous().get("/api/v1/needs/" + need + "/notice").json().getJsonObject("winner")
                .getJsonNumber("agencyId").longValue(), "admitted in Ningbo, it won in Hangzhou");
    }

    /** Today on the market's (movable) clock, in the market's zone. */
    private static LocalDate marketToday() {
        return LocalDate.ofInstant(TestClock.now(), java.time.ZoneId.of("Asia/Shanghai"));
    }

    private List<Long> pendingObjections(String username) {
        return everyId(office(username), "/api/v1/objections?status=PENDING", "id");
    }

    private List<Long> pendingApplications(String username) {
        return everyId(office(username), "/api/v1/admissions?status=PENDING", "id");
    }

    /** The ids of every page of a queue the suite shares (oldest first, so a new entry is on the last page). */
    private static List<Long> everyId(Api api, String path, String field) {
        List<Long> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            Api.Reply reply = api.get(path + "&size=100&page=" + page);
            List<Long> ids = ids(reply, field);
            all.addAll(ids);
            if (ids.size() < 100) {
                return all;
            }
        }
    }

    private static List<Long> ids(Api.Reply reply, String field) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber(field).longValue()).toList();
    }
}
