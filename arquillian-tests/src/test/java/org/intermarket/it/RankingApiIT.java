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

    /** The whole ranking as a file: every active agency, in rank order across the pages the export reads. */
    @Test
    void supervisorsExportTheWholeRanking() {
        Api supervisor = Api.demo("supervisor");
        long total = Api.anonymous().get("/api/v1/rankings?size=1").json().getJsonNumber("total").longValue();
        List<String> lines = supervisor.get("/api/v1/rankings/export?format=CSV").body().lines().toList();
        assertEquals("\uFEFF名次,单位名称,所在地区,信用分,信用等级,服务评价,评价次数,守信红名单", lines.get(0));
        assertEquals(total, lines.size() - 1, "every active agency");
        assertTrue(lines.get(1).startsWith("1,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith(total + ","), lines.get(lines.size() - 1));

        List<List<Object>> item = Workbooks.read(supervisor.download("/api/v1/rankings/export?item=" + RANKED_ITEM + "&lang=en").body()).rows();
        assertEquals(List.of("Rank", "Organisation name", "Region"), item.get(0).subList(0, 3));

        assertProblem(Api.anonymous().get("/api/v1/rankings/export"), 401);
        assertProblem(Api.demo("owner1").get("/api/v1/rankings/export"), 403);
        assertFieldError(assertProblem(supervisor.get("/api/v1/rankings/export?format=DOC"), 400), "format");
    }
}
