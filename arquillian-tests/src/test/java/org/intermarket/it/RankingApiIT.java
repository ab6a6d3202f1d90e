package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.intermarket.it.Agencies.Agency;
import org.junit.jupiter.api.Test;

class RankingApiIT extends ApiTest {

    /** Traffic impact assessment: no test or demo agency serves it but this test's. */
    static final String RANKED_ITEM = "ZJFW-016";

    @Test
    void agenciesAreRankedByCreditScoreOverallAndPerItemAndByRating() {
        Api supervisor = Api.demo("supervisor");
        Agency second = Agencies.admitted("330100");
        Agency first = Agencies.admitted("320100");
        Agency third = Agencies.admitted("330200");
        for (Agency agency : List.of(second, first, third)) {
            assertEquals(201, Agencies.publishGuide(agency, RANKED_ITEM).status());
        }
        supervisor.post("/api/v1/agencies/" + first.id() + "/rewards", "{\"points\":3,\"reason\":\"应急抢险技术服务\"}");
        supervisor.post("/api/v1/agencies/" + second.id() + "/rewards", "{\"points\":1,\"reason\":\"按期完成专项评估\"}");

        JsonObject ranked = Api.anonymous().get("/api/v1/rankings?item=" + RANKED_ITEM).json();
        assertEquals(3, ranked.getInt("total"));
        List<JsonObject> rows = ranked.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(first.id(), second.id(), third.id()), rows.stream().map(r -> r.getJsonNumber("agencyId").longValue()).toList());
        assertEquals(List.of(1, 2, 3), rows.stream().map(r -> r.getInt("rank")).toList());
        assertEquals(new BigDecimal("83.00"), rows.get(0).getJsonNumber("creditScore").bigDecimalValue());
        JsonObject secondPage = Api.anonymous().get("/api/v1/rankings?item=" + RANKED_ITEM + "&size=2&page=1").json();
        assertEquals(3, secondPage.getJsonArray("items").getJsonObject(0).getInt("rank"), "ranks continue across pages");

        List<JsonObject> overall = Api.anonymous().get("/api/v1/rankings?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class);
        for (int i = 1; i < overall.size(); i++) {
            assertTrue(overall.get(i - 1).getJsonNumber("creditScore").bigDecimalValue()
                    .compareTo(overall.get(i).getJsonNumber("creditScore").bigDecimalValue()) >= 0, "highest score first");
        }
        List<JsonObject> byRating = Api.anonymous().get("/api/v1/rankings?by=RATING&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(byRating.size() >= 1, "the demo agencies have ratings");
        for (int i = 0; i < byRating.size(); i++) {
            assertTrue(byRating.get(i).getInt("ratingCount") > 0, "only rated agencies are ranked by rating");
            if (i > 0) {
                assertTrue(byRating.get(i - 1).getJsonNumber("ratingMean").bigDecimalValue()
                        .compareTo(byRating.get(i).getJsonNumber("ratingMean").bigDecimalValue()) >= 0, "best rated first");
            }
        }
        assertEquals(0, Api.anonymous().get("/api/v1/rankings?by=RATING&item=" + RANKED_ITEM).json().getInt("total"),
                "none of this item's agencies is rated yet");
        assertFieldError(assertProblem(Api.anonymous().get("/api/v1/rankings?by=PRICE"), 400), "by");
    }
}
