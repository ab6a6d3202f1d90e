package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.intermarket.it.Problems.assertProblemCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FastMarket.class)
class ObjectionApiIT extends ApiTest {

    private final Api supervisor = Api.demo("supervisor");

    @Test
    void aDismissedObjectionKeepsTheAwardAndAnUpheldOneAnnulsIt() {
        Owner owner = Market.owner();
        Agency winner = Agencies.admitted("330100");
        Agency second = Agencies.admitted("330200");
        Agency third = Agencies.admitted("320100");
        Agency outsider = Agencies.admitted("330300");
        long need = Market.published(owner, "LOWEST_PRICE", "90000.00", 30, null);
        String path = "/api/v1/needs/" + need;
        Market.bidId(winner, need, "70000.00");
        Market.bidId(second, need, "75000.00");
        Market.bidId(third, need, "80000.00");
        assertProblemCode(assertProblem(second.api().post(path + "/objections", "{\"grounds\":\"too early\"}"), 409), "procurement.notice-closed");
        Market.passDeadline(need);
        Market.awaitClosed(need);
        assertEquals("NOTICE", owner.api().post(path + "/selection", "{}").json().getString("status"));

        assertEquals(403, outsider.api().post(path + "/objections", "{\"grounds\":\"我没有报价但也要异议\"}").status(), "only bidders object");
        assertEquals(403, owner.api().post(path + "/objections", "{\"grounds\":\"x\"}").status());
        assertFieldError(assertProblem(second.api().post(path + "/objections", "{\"grounds\":\"  \"}"), 400), "grounds");
        Api.Reply filed = second.api().post(path + "/objections", "{\"grounds\":\"中选机构的服务时限承诺明显不合理\"}");
        assertEquals(201, filed.status(), filed::toString);
        long first = filed.json().getJsonNumber("id").longValue();
        assertProblemCode(assertProblem(second.api().post(path + "/objections", "{\"grounds\":\"again\"}"), 409), "procurement.objection-exists");

        assertTrue(supervisor.get("/api/v1/objections?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getJsonNumber("id").longValue() == first), "in the supervisors' queue");
        assertEquals(403, second.api().get("/api/v1/objections").status());
        assertEquals(1, owner.api().get(path + "/objections").jsonArray().size());
        assertEquals(0, third.api().get(path + "/objections").jsonArray().size(), "a competitor's allegations are not shown to others");

        assertFieldError(assertProblem(supervisor.post("/api/v1/objections/" + first + "/decision", "{\"outcome\":\"MAYBE\",\"reason\":\"x\"}"), 400),
                "outcome");
        JsonObject dismissed = supervisor.post("/api/v1/objections/" + first + "/decision",
                "{\"outcome\":\"DISMISSED\",\"reason\":\"服务时限在事项标准时限以内，异议不成立\"}").json();
        assertEquals("DISMISSED", dismissed.getString("status"));
        assertEquals("NOTICE", Api.anonymous().get(path).json().getString("status"));
        assertEquals("OBJECTION_DISMISSED", latestKind(second));
        assertProblemCode(assertProblem(supervisor.post("/api/v1/objections/" + first + "/decision",
                "{\"outcome\":\"UPHELD\",\"reason\":\"x\"}"), 409), "procurement.objection-decided");

        long upheld = third.api().post(path + "/objections", "{\"grounds\":\"中选机构报价后被暂停，不应中选\"}").json().getJsonNumber("id").longValue();
        supervisor.post("/api/v1/objections/" + upheld + "/decision", "{\"outcome\":\"UPHELD\",\"reason\":\"经核查异议成立\"}");
        JsonObject annulled = Api.anonymous().get(path).json();
        assertEquals("BIDDING_CLOSED", annulled.getString("status"), "the need goes back to selection");
        JsonObject why = annulled.getJsonObject("statusReason");
        assertEquals("objectionUpheld", why.getString("code"), why::toString);
        assertEquals(String.valueOf(upheld), why.getJsonObject("facts").getString("objection"), why::toString);
        assertEquals("经核查异议成立", why.getString("text"), "the supervisor's words, as typed");
        assertEquals(404, Api.anonymous().get(path + "/notice").status());
        assertEquals("OBJECTION_UPHELD", latestKind(owner.api()));
        assertEquals("NOTICE", owner.api().post(path + "/selection", "{}").json().getString("status"), "the owner selects again");

        List<String> actions = Api.anonymous().get(path + "/timeline").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("NEED_DRAFTED", "NEED_PUBLISHED", "BIDDING_CLOSED", "NEED_AWARDED", "OBJECTION_FILED", "OBJECTION_DISMISSED",
                "OBJECTION_FILED", "OBJECTION_UPHELD", "NEED_AWARDED"), actions);
    }

    private static String latestKind(Agency agency) {
        return latestKind(agency.api());
    }

    private static String latestKind(Api api) {
        return api.get("/api/v1/inbox").json().getJsonArray("items").getJsonObject(0).getString("kind");
    }
}
