package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /bids/mine: an agency's own bids across needs, each in the state the agency understands. */
@ExtendWith(FastMarket.class)
class AgencyBidsApiIT extends ApiTest {

    @Test
    void anAgencyListsItsOwnBidsEachWithItsNeedReceiptAndState() {
        Owner owner = Market.owner();
        Agency agency = Agencies.admitted("330100");
        Agency other = Agencies.admitted("320100");
        long open = Market.published(owner, "LOWEST_PRICE", "100000.00", 600, null);
        long withdrawn = Market.published(owner, "LOWEST_PRICE", "100000.00", 600, null);
        long amended = Market.published(owner, "LOWEST_PRICE", "100000.00", 600, null);
        long openBid = Market.bidId(agency, open, "88000");
        Market.bidId(agency, withdrawn, "87000.00");
        assertEquals(204, agency.api().delete("/api/v1/needs/" + withdrawn + "/bids/mine").status());
        Market.bidId(agency, amended, "86000.00");
        assertEquals(201, owner.api().post("/api/v1/needs/" + amended + "/amendments",
                "{\"reason\":\"补充地下水专项评价内容\",\"ceilingPrice\":\"95000.00\"}").status());
        long othersBid = Market.bidId(other, open, "89000.00");

        JsonObject mine = agency.api().get("/api/v1/bids/mine").json();
        assertEquals(3, mine.getInt("total"), mine::toString);
        assertEquals(Map.of(open, "OPEN", withdrawn, "WITHDRAWN", amended, "NEEDS_CONFIRMATION"), statesByNeed(mine));
        JsonObject row = mine.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonNumber("needId").longValue() == open).findFirst().orElseThrow();
        assertEquals(openBid, row.getJsonNumber("bidId").longValue());
        assertEquals("城东污水处理厂扩建工程", row.getString("projectName"));
        assertEquals(Agencies.OPEN_ITEM, row.getString("itemCode"));
        assertEquals("88000.00", row.getString("price"), "money as a string with two decimals");
        assertTrue(row.getJsonNumber("receiptNo").longValue() > 0, row::toString);
        assertTrue(row.containsKey("bidDeadline"), row::toString);

        assertEquals(Map.of(amended, "NEEDS_CONFIRMATION"), statesByNeed(agency.api().get("/api/v1/bids/mine?state=needs_confirmation").json()));
        assertEquals(200, agency.api().post("/api/v1/needs/" + amended + "/bids/mine/confirm", null).status());
        assertEquals(Map.of(open, "OPEN", amended, "OPEN"), statesByNeed(agency.api().get("/api/v1/bids/mine?state=OPEN").json()),
                "confirmed again, the bid is open");
        JsonObject firstPage = agency.api().get("/api/v1/bids/mine?page=0&size=2").json();
        assertEquals(List.of(2, 0, 2, 3), List.of(firstPage.getJsonArray("items").size(), firstPage.getInt("page"), firstPage.getInt("size"),
                firstPage.getInt("total")), "one page of two, the total of three");

        JsonObject others = other.api().get("/api/v1/bids/mine").json();
        assertEquals(1, others.getInt("total"), "another agency sees only its own bid: " + others);
        assertEquals(othersBid, others.getJsonArray("items").getJsonObject(0).getJsonNumber("bidId").longValue());
    }

    @Test
    void aBidMovesFromSealedToWonOrLostAndAFailedRoundSaysSo() {
        Owner owner = Market.owner();
        List<Agency> bidders = List.of(Agencies.admitted("330100"), Agencies.admitted("330300"), Agencies.admitted("320100"));
        long need = Market.published(owner, "LOWEST_PRICE", "100000.00", 30, null);
        Market.bidId(bidders.get(0), need, "80000.00");
        Market.bidId(bidders.get(1), need, "85000.00");
        Market.bidId(bidders.get(2), need, "90000.00");
        Agency alone = Agencies.admitted("330200");
        long failing = Market.published(owner, "LOWEST_PRICE", "100000.00", 30, null);
        Market.bidId(alone, failing, "70000.00");

        Market.passDeadline(need);
        assertEquals("BIDDING_CLOSED", Market.awaitClosed(need).getString("status"));
        assertEquals(Map.of(need, "SEALED"), statesByNeed(bidders.get(0).api().get("/api/v1/bids/mine").json()),
                "the deadline has passed and the owner has not chosen");
        assertEquals(200, owner.api().post("/api/v1/needs/" + need + "/selection", "{}").status());
        assertEquals(Map.of(need, "WON"), statesByNeed(bidders.get(0).api().get("/api/v1/bids/mine").json()));
        assertEquals(Map.of(need, "LOST"), statesByNeed(bidders.get(1).api().get("/api/v1/bids/mine?state=LOST").json()));

        assertEquals("FAILED", Market.awaitClosed(failing).getString("status"), "one bid is too few");
        assertEquals(Map.of(failing, "FAILED"), statesByNeed(alone.api().get("/api/v1/bids/mine").json()));
    }

    @Test
    void onlyAnAgencyListsItsBidsAndAnUnknownStateIsRefusedByName() {
        Agency agency = Agencies.admitted("330100");
        assertProblem(Api.anonymous().get("/api/v1/bids/mine"), 401);
        assertProblem(Market.owner().api().get("/api/v1/bids/mine"), 403);
        assertProblem(Api.demo("supervisor").get("/api/v1/bids/mine"), 403);
        assertFieldError(assertProblem(agency.api().get("/api/v1/bids/mine?state=PENDING"), 400), "state");
        assertFieldError(assertProblem(agency.api().get("/api/v1/bids/mine?size=101"), 400), "size");
        assertFieldError(assertProblem(agency.api().get("/api/v1/bids/mine?page=-1"), 400), "page");
        assertEquals(0, agency.api().get("/api/v1/bids/mine").json().getInt("total"), "a new agency has no bids");
    }

    private static Map<Long, String> statesByNeed(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(item -> item.getJsonNumber("needId").longValue(), item -> item.getString("state")));
    }
}
