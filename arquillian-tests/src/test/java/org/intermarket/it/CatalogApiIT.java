package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogApiIT extends ApiTest {

    private static String itemJson(String code, String nameZh, int days) {
        return """
                {"code":"%s","nameZh":"%s","nameEn":"Test item %s","legalBasis":"《测试条例》第一条","department":"测试部门",
                 "qualificationType":"测试资质","standardDays":%d,"feeBasis":"MARKET","mandatory":true}
                """.formatted(code, nameZh, code, days);
    }

    private static List<String> codes(Api.Reply reply) {
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("code")).toList();
    }

    @Test
    void publicListIsPaginatedInTheDatabaseWithItsTotal() {
        Api.Reply first = Api.anonymous().get("/api/v1/catalog/items?page=0&size=5");
        assertEquals(200, first.status());
        JsonObject page = first.json();
        assertEquals(5, page.getJsonArray("items").size());
        assertEquals(0, page.getInt("page"));
        assertEquals(5, page.getInt("size"));
        assertTrue(page.getInt("total") >= 20, "the seeded list has at least 20 items");
        List<String> second = codes(Api.anonymous().get("/api/v1/catalog/items?page=1&size=5"));
        assertEquals(5, second.size());
        assertTrue(second.stream().noneMatch(codes(first)::contains), "pages do not overlap");
    }

    @Test
    void listFiltersByMandatoryFlagAndText() {
        JsonObject optional = Api.anonymous().get("/api/v1/catalog/items?mandatory=false&size=100").json();
        assertTrue(optional.getInt("total") > 0);
        assertTrue(optional.getJsonArray("items").getValuesAs(JsonObject.class).stream().noneMatch(i -> i.getBoolean("mandatory")));

        List<String> found = codes(Api.anonymous().get("/api/v1/catalog/items?q=%E7%8E%AF%E5%A2%83%E5%BD%B1%E5%93%8D"));
        assertTrue(found.contains("ZJFW-003"), "环境影响 finds the EIA item: " + found);
        assertTrue(codes(Api.anonymous().get("/api/v1/catalog/items?q=zjfw-02")).contains("ZJFW-021"), "codes match case-insensitively");
    }

    @Test
    void detailShowsEveryFieldOfTheContract() {
        JsonObject item = Api.anonymous().get("/api/v1/catalog/items/ZJFW-003").json();
        for (String field : List.of("code", "nameZh", "nameEn", "legalBasis", "department", "standardDays", "feeBasis",
                "mandatory", "status", "effectiveFrom", "version")) {
            assertTrue(item.containsKey(field), field + " in " + item);
        }
        assertEquals("环境影响评价文件编制", item.getString("nameZh"));
        assertEquals("ACTIVE", item.getString("status"));
    }

    @Test
    void badQueryParametersAndUnknownItemsAreProblems() {
        assertFieldError(assertProblem(Api.anonymous().get("/api/v1/catalog/items?size=101"), 400), "size");
        assertFieldError(assertProblem(Api.anonymous().get("/api/v1/catalog/items?page=x"), 400), "page");
        assertFieldError(assertProblem(Api.anonymous().get("/api/v1/catalog/items?mandatory=maybe"), 400), "mandatory");
        assertFieldError(assertProblem(Api.anonymous().get("/api/v1/catalog/mandatory-list?date=yesterday"), 400), "date");
        assertProblem(Api.anonymous().get("/api/v1/catalog/items/NO-SUCH-ITEM"), 404);
        assertProblem(Api.anonymous().get("/api/v1/no/such/path"), 404);
    }

    @Test
    void supervisorCreatesRevisesAndRetiresAnItemKeepingEveryVersion() {
        Api supervisor = Api.demo("supervisor");
        String code = Api.unique("T-").toUpperCase();

        Api.Reply created = supervisor.post("/api/v1/catalog/items", itemJson(code, "测试事项", 10));
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").orElse("").endsWith("/api/v1/catalog/items/" + code));
        assertEquals(1, created.json().getInt("version"));

        Api.Reply revised = supervisor.put("/api/v1/catalog/items/" + code, itemJson(code, "测试事项（修订）", 12));
        assertEquals(200, revised.status(), revised::toString);
        assertEquals(2, revised.json().getInt("version"));
        assertEquals(12, revised.json().getInt("standardDays"));

        List<JsonObject> versions = Api.anonymous().get("/api/v1/catalog/items/" + code + "/versions").jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(2, versions.size());
        assertEquals("测试事项", versions.get(1).getString("nameZh"), "the old version is kept");
        assertTrue(versions.get(1).containsKey("effectiveTo"), "the old version was closed");

        Api.Reply retired = supervisor.post("/api/v1/catalog/items/" + code + "/retire", "{\"reason\":\"merged into another item\"}");
        assertEquals("RETIRED", retired.json().getString("status"));
        assertEquals("RETIRED", Api.anonymous().get("/api/v1/catalog/items/" + code).json().getString("status"));

        assertProblem(supervisor.put("/api/v1/catalog/items/" + code, itemJson(code, "测试事项（修订）", 12)), 409);
        assertProblem(supervisor.post("/api/v1/catalog/items/" + code + "/retire", "{}"), 409);
    }

    @Test
    void duplicateAndInvalidItemsAreRefusedWithReasons() {
        Api supervisor = Api.demo("supervisor");
        assertProblem(supervisor.post("/api/v1/catalog/items", itemJson("ZJFW-003", "重复", 5)), 409);

        JsonObject problem = assertProblem(supervisor.post("/api/v1/catalog/items",
                "{\"code\":\"" + Api.unique("T-").toUpperCase() + "\",\"standardDays\":0}"), 400);
        for (String field : List.of("nameZh", "nameEn", "legalBasis", "department", "standardDays", "feeBasis", "mandatory")) {
            assertFieldError(problem, field);
        }
        assertProblem(supervisor.post("/api/v1/catalog/items", "{\"code\": "), 400);
        assertProblem(supervisor.post("/api/v1/catalog/items", null), 400);
        assertProblem(supervisor.send("POST", "/api/v1/catalog/items", "code=X", "text/plain"), 415);
    }

    @Test
    void onlySupervisorsChangeTheCatalog() {
        String body = itemJson(Api.unique("T-").toUpperCase(), "越权", 5);
        Api.Reply anonymous = Api.anonymous().post("/api/v1/catalog/items", body);
        assertProblem(anonymous, 401);
        assertTrue(anonymous.header("WWW-Authenticate").isPresent());
        assertProblem(Api.demo("owner1").post("/api/v1/catalog/items", body), 403);
        assertProblem(Api.demo("agency1").put("/api/v1/catalog/items/ZJFW-003", body), 403);
        assertProblem(Api.demo("admin").post("/api/v1/catalog/items/ZJFW-003/retire", "{}"), 403);
        assertEquals("ACTIVE", Api.anonymous().get("/api/v1/catalog/items/ZJFW-003").json().getString("status"));
    }

    @Test
    void mandatoryListIsTheListInForceOnTheDateAsked() {
        List<JsonObject> early2025 = Api.anonymous().get("/api/v1/catalog/mandatory-list?date=2025-01-01").jsonArray()
                .getValuesAs(JsonObject.class);
        List<JsonObject> y2026 = Api.anonymous().get("/api/v1/catalog/mandatory-list?date=2026-01-01").jsonArray()
                .getValuesAs(JsonObject.class);
        List<JsonObject> mid2024 = Api.anonymous().get("/api/v1/catalog/mandatory-list?date=2024-06-01").jsonArray()
                .getValuesAs(JsonObject.class);

        assertEquals(1, version(early2025, "ZJFW-012"), "version 1 was in force until 2025-07-01");
        assertEquals(2, version(y2026, "ZJFW-012"), "version 2 took over on 2025-07-01");
        assertTrue(has(mid2024, "ZJFW-032") && !has(y2026, "ZJFW-032"), "the retired item left the list on retirement");
        assertFalse(has(early2025, "ZJFW-020"), "an item is not in force before its effective date");
        assertTrue(has(y2026, "ZJFW-020"));
        assertTrue(y2026.stream().allMatch(i -> i.getBoolean("mandatory")));
    }

    private static boolean has(List<JsonObject> list, String code) {
        return list.stream().anyMatch(i -> i.getString("code").equals(code));
    }

    private static int version(List<JsonObject> list, String code) {
        return list.stream().filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow().getInt("version");
    }
}
