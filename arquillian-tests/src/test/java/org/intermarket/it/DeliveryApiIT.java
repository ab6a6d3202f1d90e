package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.intermarket.it.Problems.assertProblemCode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** From award to credit through the API: contract, deliverables, acceptance, rating, rectification, violations and the blacklist. */
@ExtendWith(FastMarket.class)
class DeliveryApiIT extends ApiTest {

    private final Api supervisor = Api.demo("supervisor");

    @Test
    void aContractRunsFromSignatureThroughRejectionToAcceptanceAndTheRatingMovesTheCredit() {
        Owner owner = Market.owner();
        Agency agency = Agencies.admitted("330100");
        Agency stranger = Agencies.admitted("330200");
        long need = Market.published(owner, "DIRECT", "50000.00", 30, null);
        long bid = Market.bidId(agency, need, "42000.00");
        Market.passDeadline(need);
        Market.awaitClosed(need);
        owner.api().post("/api/v1/needs/" + need + "/selection", "{\"bidId\":" + bid + "}");
        assertProblemCode(assertProblem(owner.api().post("/api/v1/needs/" + need + "/contract", null), 409), "delivery.notice-period");
        Delivery.awaitNoticeEnd(need);
        assertEquals(404, Market.owner().api().post("/api/v1/needs/" + need + "/contract", null).status(), "only the need's owner signs");
        long contract = Delivery.signed(owner, need);
        String path = "/api/v1/contracts/" + contract;
        assertProblemCode(assertProblem(owner.api().post("/api/v1/needs/" + need + "/contract", null), 409), "delivery.contract-exists");

        assertEquals(404, stranger.api().post(path + "/confirm", null).status(), "another agency cannot confirm");
        assertEquals(404, stranger.api().get(path).status());
        assertEquals(401, Api.anonymous().get(path).status());
        JsonObject confirmed = agency.api().post(path + "/confirm", null).json();
        assertEquals("IN_SERVICE", confirmed.getString("status"));
        assertEquals(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(25).toString(), confirmed.getString("dueDate"));
        assertEquals("42000.00", confirmed.getString("price"), "price = winning bid");

        assertProblem(owner.api().post(path + "/acceptance", "{\"accepted\":true}"), 409);
        assertProblem(agency.api().postBytes(path + "/deliverables?filename=x.exe", "MZ".getBytes(StandardCharsets.US_ASCII),
                "application/octet-stream"), 415);
        Api.Reply first = agency.api().postBytes(path + "/deliverables", multipart("成果报告.pdf", Delivery.PDF), "multipart/form-data; boundary=" + BOUNDARY);
        assertEquals(201, first.status(), first::toString);
        assertEquals("成果报告.pdf", first.json().getJsonObject("file").getString("name"));
        long firstFile = first.json().getJsonObject("file").getJsonNumber("id").longValue();
        assertEquals("DELIVERED", owner.api().get(path).json().getJsonObject("contract").getString("status"));
        assertEquals(403, owner.api().postBytes(path + "/deliverables?filename=a.pdf", Delivery.PDF, "application/pdf").status());

        assertFieldError(assertProblem(owner.api().post(path + "/acceptance", "{\"accepted\":false}"), 400), "reason");
        JsonObject rejected = owner.api().post(path + "/acceptance", "{\"accepted\":false,\"reason\":\"缺少监测点位图\"}").json();
        assertEquals("IN_SERVICE", rejected.getString("status"));
        assertEquals("DELIVERY_REJECTED", agency.api().get("/api/v1/inbox").json().getJsonArray("items").getJsonObject(0).getString("kind"));
        assertEquals(201, agency.api().postBytes(path + "/deliverables?filename=report-v2.pdf", Delivery.PDF, "application/pdf").status());

        String download = path + "/deliverables/" + firstFile;
        assertArrayEquals(Delivery.PDF, owner.api().download(download).body());
        assertArrayEquals(Delivery.PDF, supervisor.download(download).body());
        assertEquals(404, stranger.api().download(download).statusCode());
        assertEquals(404, Market.owner().api().download(download).statusCode());

        assertEquals(403, agency.api().post(path + "/acceptance", "{\"accepted\":true}").status(), "the agency cannot accept its own work");
        assertEquals("ACCEPTED", owner.api().post(path + "/acceptance", "{\"accepted\":true}").json().getString("status"));
        List<String> deliverables = owner.api().get(path).json().getJsonArray("deliverables").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("status")).toList();
        assertEquals(List.of("REJECTED", "ACCEPTED"), deliverables);

        assertFieldError(assertProblem(owner.api().post(path + "/rating", "{\"quality\":6,\"timeliness\":4,\"attitude\":5,\"fee\":4}"), 400),
                "quality");
        assertEquals(201, owner.api().post(path + "/rating", "{\"quality\":5,\"timeliness\":4,\"attitude\":5,\"fee\":4,\"comment\":\"报告规范\"}")
                .status());
        assertProblem(owner.api().post(path + "/rating", "{\"quality\":5,\"timeliness\":5,\"attitude\":5,\"fee\":5}"), 409);

        // mean 18 / 4 = 4.5: 80 + (4.5 − 3) × 5 = 87.50
        JsonObject credit = Delivery.credit(agency);
        assertEquals("87.50", credit.getJsonNumber("score").bigDecimalValue().toPlainString());
        assertEquals("B", credit.getString("level"));
        JsonObject change = credit.getJsonObject("history").getJsonArray("items").getJsonObject(0);
        assertEquals("7.50", change.getJsonNumber("delta").bigDecimalValue().toPlainString());
        JsonObject reason = change.getJsonObject("reason");
        assertEquals("ownerRating", reason.getString("code"), change::toString);
        assertEquals(List.of("5", "4", "5", "4"), List.of("quality", "timeliness", "attitude", "fee").stream()
                .map(score -> reason.getJsonObject("facts").getString(score)).toList(), change::toString);
        String ratings = Api.anonymous().get("/api/v1/agencies/" + agency.id() + "/ratings").body();
        assertTrue(ratings.contains("报告规范"), ratings);
        assertFalse(ratings.contains(owner.username()), "the owner stays anonymous: " + ratings);
        assertEquals(4.5, Api.anonymous().get("/api/v1/agencies/" + agency.id()).json().getJsonNumber("ratingMean").doubleValue());

        assertEquals("RATED", Api.anonymous().get("/api/v1/needs/" + need).json().getString("status"));
        List<String> timeline = Api.anonymous().get("/api/v1/needs/" + need + "/timeline").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("CONTRACT_SIGNED", "CONTRACT_CONFIRMED", "DELIVERABLE_SUBMITTED", "DELIVERY_REJECTED", "DELIVERABLE_SUBMITTED",
                "DELIVERY_ACCEPTED", "NEED_RATED"), timeline.subList(timeline.indexOf("CONTRACT_SIGNED"), timeline.size()));
        assertTrue(owner.api().get("/api/v1/contracts").json().getJsonArray("items").getJsonObject(0).getString("status").equals("RATED"));
        assertEquals(0, stranger.api().get("/api/v1/contracts").json().getInt("total"));
    }

    @Test
    void aPendingObjectionHoldsTheContractAndAWinnerThatDeclinesMakesWayForTheNextBid() {
        Owner owner = Market.owner();
        Agency winner = Agencies.admitted("330100");
        Agency runnerUp = Agencies.admitted("330200");
        long need = Market.published(owner, "DIRECT", "50000.00", 30, null);
        long winnerBid = Market.bidId(winner, need, "40000.00");
        long runnerUpBid = Market.bidId(runnerUp, need, "45000.00");
        Market.passDeadline(need);
        Market.awaitClosed(need);
        String path = "/api/v1/needs/" + need;
        owner.api().post(path + "/selection", "{\"bidId\":" + winnerBid + "}");
        Api.Reply objection = runnerUp.api().post(path + "/objections", "{\"grounds\":\"中选机构的服务方案未说明现场踏勘安排\"}");
        assertEquals(201, objection.status(), objection::toString);
        Delivery.awaitNoticeEnd(need);
        assertProblemCode(assertProblem(owner.api().post(path + "/contract", null), 409), "delivery.objection-pending");
        supervisor.post("/api/v1/objections/" + objection.json().getJsonNumber("id").longValue() + "/decision",
                "{\"outcome\":\"DISMISSED\",\"reason\":\"服务方案已载明踏勘安排\"}");
        long contract = Delivery.signed(owner, need);

        JsonObject declined = winner.api().post("/api/v1/contracts/" + contract + "/decline", "{\"reason\":\"项目负责人调离\"}").json();
        assertEquals("LAPSED", declined.getString("status"));
        assertEquals("BIDDING_CLOSED", Api.anonymous().get(path).json().getString("status"), "the award is annulled");
        assertEquals("75.00", Delivery.credit(winner).getJsonNumber("score").bigDecimalValue().toPlainString(), "MODERATE −5");
        assertEquals(List.of(runnerUpBid), owner.api().get(path + "/bids").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(b -> b.getJsonNumber("id").longValue()).toList(), "the forfeited bid is out");
        assertFieldError(assertProblem(owner.api().post(path + "/selection", "{\"bidId\":" + winnerBid + "}"), 400), "bidId");
        assertEquals("NOTICE", owner.api().post(path + "/selection", "{\"bidId\":" + runnerUpBid + "}").json().getString("status"));
        assertEquals(runnerUpBid, Api.anonymous().get(path + "/notice").json().getJsonObject("winner").getJsonNumber("bidId").longValue());
    }

    @Test
    void aBadRatingOpensARectificationTheAgencyAnswersAndASupervisorCloses() {
        Owner owner = Market.owner();
        Agency agency = Agencies.admitted("330100");
        long contract = Delivery.accepted(owner, agency, "30000.00");
        JsonObject rating = owner.api().post("/api/v1/contracts/" + contract + "/rating",
                "{\"quality\":2,\"timeliness\":3,\"attitude\":4,\"fee\":3,\"comment\":\"报告质量差\"}").json();
        long ratingId = rating.getJsonNumber("id").longValue();
        JsonObject detail = agency.api().get("/api/v1/contracts/" + contract).json();
        assertEquals("OPEN", detail.getJsonObject("rectification").getString("status"));
        assertEquals("RECTIFICATION_OPENED", agency.api().get("/api/v1/inbox").json().getJsonArray("items").getJsonObject(0).getString("kind"));
        assertTrue(supervisor.get("/api/v1/rectifications").body().contains("\"ratingId\":" + ratingId), "in the supervisors' queue");

        String path = "/api/v1/ratings/" + ratingId + "/rectification";
        assertEquals(404, Agencies.admitted("330200").api().post(path, "{\"answer\":\"x\"}").status(), "only the rated agency answers");
        assertFieldError(assertProblem(agency.api().post(path, "{\"answer\":\" \"}"), 400), "answer");
        assertEquals("ANSWERED", agency.api().post(path, "{\"answer\":\"已补充现场监测并重新出具报告\"}").json().getString("status"));
        assertEquals(403, agency.api().post(path + "/close", "{\"note\":\"x\"}").status());
        assertEquals("CLOSED", supervisor.post(path + "/close", "{\"note\":\"回访业主，整改到位\"}").json().getString("status"));
        assertProblem(supervisor.post(path + "/close", "{\"note\":\"again\"}"), 409);
        assertFalse(supervisor.get("/api/v1/rectifications").body().contains("\"ratingId\":" + ratingId + ","), "closed cases leave the queue");
        // mean 12 / 4 = 3: the owner term is 0
        assertEquals("80.00", Delivery.credit(agency).getJsonNumber("score").bigDecimalValue().toPlainString());
    }

    @Test
    void violationsLowerTheLevelUntilBiddingIsRefusedAndTheBlacklistBlocksAndLifts() {
        Owner owner = Market.owner();
        Agency agency = Agencies.admitted("330100");
        String violations = "/api/v1/agencies/" + agency.id() + "/violations";
        assertEquals(403, agency.api().post(violations, "{\"severity\":\"MINOR\",\"reason\":\"x\"}").status());
        assertProblem(supervisor.post(violations, "{\"severity\":\"BAD\",\"reason\":\"x\"}"), 400);
        assertFieldError(assertProblem(supervisor.post(violations, "{\"severity\":\"MINOR\",\"reason\":\"外地机构\"}"), 400), "reason");

        assertEquals(201, supervisor.post(violations, "{\"severity\":\"SERIOUS\",\"reason\":\"出具虚假报告\",\"evidence\":\"稽查通报 2026-18\"}").status());
        JsonObject credit = Delivery.credit(agency);
        assertEquals("65.00", credit.getJsonNumber("score").bigDecimalValue().toPlainString());
        assertEquals("C", credit.getString("level"));
        assertTrue(credit.containsKey("blacklistedUntil"), "a SERIOUS violation blacklists");
        long need = Market.published(owner, "LOWEST_PRICE", "90000.00", 60, null);
        assertProblemCode(assertProblem(Market.bid(agency, need, "80000.00"), 409), "procurement.not-eligible.blacklisted");

        assertEquals(403, agency.api().delete("/api/v1/agencies/" + agency.id() + "/blacklist?reason=x").status());
        JsonObject lifted = supervisor.delete("/api/v1/agencies/" + agency.id() + "/blacklist?reason=%E5%A4%8D%E6%A0%B8%E6%92%A4%E9%94%80").json();
        assertFalse(lifted.containsKey("blacklistedUntil"), lifted::toString);
        assertEquals(200, Market.bid(agency, need, "80000.00").status(), "bidding again once lifted");
        assertEquals(404, supervisor.delete("/api/v1/agencies/" + agency.id() + "/blacklist?reason=x").status(), "nothing left to lift");

        supervisor.post(violations, "{\"severity\":\"MODERATE\",\"reason\":\"未按约定时限提交成果\"}");
        assertEquals("C", Delivery.credit(agency).getString("level"), "60.00 is still C");
        supervisor.post(violations, "{\"severity\":\"MINOR\",\"reason\":\"执业信息未及时更新\"}");
        JsonObject low = Delivery.credit(agency);
        assertEquals("58.00", low.getJsonNumber("score").bigDecimalValue().toPlainString());
        assertEquals("D", low.getString("level"));
        assertProblemCode(assertProblem(Market.bid(agency, need, "79000.00"), 409), "procurement.not-eligible.credit-level-d");
        assertEquals(3, low.getJsonObject("history").getInt("total"), "one history entry per change, each with its reason");
        JsonObject lowered = low.getJsonObject("history").getJsonArray("items").getJsonObject(0).getJsonObject("reason");
        assertEquals("violation", lowered.getString("code"), lowered::toString);
        assertEquals("MINOR", lowered.getJsonObject("facts").getString("severity"), lowered::toString);

        String rewards = "/api/v1/agencies/" + agency.id() + "/rewards";
        assertFieldError(assertProblem(supervisor.post(rewards, "{\"points\":6,\"reason\":\"x\"}"), 400), "points");
        assertEquals(201, supervisor.post(rewards, "{\"points\":4,\"reason\":\"抢险救灾技术服务\"}").status());
        JsonObject rated = supervisor.post("/api/v1/agencies/" + agency.id() + "/supervisor-ratings", "{\"score\":96,\"comment\":\"年度考核优秀\"}").json();
        // 80 + (96 − 80) / 4 + 4 − 22 = 66.00
        assertEquals("66.00", rated.getJsonNumber("score").bigDecimalValue().toPlainString());
        assertEquals("C", rated.getString("level"));
    }

    private static final String BOUNDARY = "imBoundary7MA4YWxkTrZu0gW";

    private static byte[] multipart(String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
