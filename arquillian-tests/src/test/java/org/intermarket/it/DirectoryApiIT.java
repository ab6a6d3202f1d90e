package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.intermarket.it.Agencies.Agency;
import org.junit.jupiter.api.Test;

class DirectoryApiIT extends ApiTest {

    private final Api anyone = Api.anonymous();

    @Test
    void theDirectoryFiltersByNameItemRegionAndLevel() {
        Agency ningbo = Agencies.admitted("330200");
        Agency pending = Agencies.register("330200");
        Agencies.applied(pending);

        assertEquals(List.of(ningbo.id()), ids("q=" + ningbo.username()));
        assertEquals(List.of(), ids("q=" + pending.username()), "pending agencies are not listed");
        assertEquals(List.of(ningbo.id()), ids("q=" + ningbo.username() + "&region=330200"));
        assertEquals(List.of(ningbo.id()), ids("q=" + ningbo.username() + "&region=330000"), "a province code covers its cities");
        assertEquals(List.of(), ids("q=" + ningbo.username() + "&region=320000"));
        assertEquals(List.of(ningbo.id()), ids("q=" + ningbo.username() + "&item=" + Agencies.OPEN_ITEM));
        assertEquals(List.of(), ids("q=" + ningbo.username() + "&item=ZJFW-029"));
        assertEquals(List.of(ningbo.id()), ids("q=" + ningbo.username() + "&level=B"));
        assertEquals(List.of(), ids("q=" + ningbo.username() + "&level=A"));

        JsonObject entry = anyone.get("/api/v1/agencies?q=" + ningbo.username()).json().getJsonArray("items").getJsonObject(0);
        assertEquals("ACTIVE", entry.getString("status"));
        assertEquals(80, entry.getJsonNumber("creditScore").intValue(), "the credit baseline until ratings and sanctions arrive");
        assertEquals(0, entry.getInt("ratingCount"));
        assertEquals(List.of(Agencies.OPEN_ITEM), Api.strings(entry, "items"));

        List<Long> demoSurveyors = ids("item=ZJFW-029&region=320000");
        assertFalse(demoSurveyors.isEmpty(), "demo agency4 from Jiangsu surveys");
    }

    @Test
    void theDirectoryIsPaginatedWithoutOverlap() {
        JsonObject first = anyone.get("/api/v1/agencies?size=2&page=0").json();
        JsonObject second = anyone.get("/api/v1/agencies?size=2&page=1").json();
        assertTrue(first.getJsonNumber("total").longValue() >= 5, first::toString);
        assertEquals(2, first.getJsonArray("items").size());
        assertEquals(2, second.getJsonArray("items").size());
        Set<Long> seen = new HashSet<>(idsOf(first));
        assertTrue(idsOf(second).stream().noneMatch(seen::contains));

        assertFieldError(assertProblem(anyone.get("/api/v1/agencies?size=0"), 400), "size");
        assertFieldError(assertProblem(anyone.get("/api/v1/agencies?size=101"), 400), "size");
        assertFieldError(assertProblem(anyone.get("/api/v1/agencies?level=E"), 400), "level");
        assertFieldError(assertProblem(anyone.get("/api/v1/agencies?page=x"), 400), "page");
    }

    @Test
    void everyActiveGuideOfAnItemCanBeCompared() {
        Agency agency = Agencies.admitted("330100");
        List<JsonObject> offers = anyone.get("/api/v1/catalog/items/" + Agencies.OPEN_ITEM + "/guides").jsonArray()
                .getValuesAs(JsonObject.class);
        assertTrue(offers.size() >= 3, "demo agencies 1 and 5 and this one");
        assertTrue(offers.stream().anyMatch(o -> o.getJsonNumber("agencyId").longValue() == agency.id()
                && o.getInt("timeLimitDays") == 12 && o.getString("feeStandard").equals("3 万元/项")));
        for (int i = 1; i < offers.size(); i++) {
            assertTrue(offers.get(i - 1).getInt("timeLimitDays") <= offers.get(i).getInt("timeLimitDays"), "quickest first");
        }
        assertTrue(anyone.get("/api/v1/catalog/items/ZJFW-032/guides").jsonArray().isEmpty());
    }

    private List<Long> ids(String query) {
        Api.Reply reply = anyone.get("/api/v1/agencies?" + query);
        assertEquals(200, reply.status(), reply::toString);
        return idsOf(reply.json());
    }

    private static List<Long> idsOf(JsonObject page) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(o -> o.getJsonNumber("id").longValue()).toList();
    }
}
