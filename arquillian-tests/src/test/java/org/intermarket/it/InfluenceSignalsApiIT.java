package org.intermarket.it;

import static org.intermarket.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.intermarket.it.Agencies.Agency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signals of undue influence through the API, each with data on both sides of its threshold, seen and reviewed
 * only by the offices whose jurisdiction covers them. The database is shared with the suite and the demo, so every
 * query names this test's own agency or item. The demo's offices and their registered contacts are
 * DemoDataLoader.OFFICES (README).
 */
@ExtendWith(FastMarket.class)
class InfluenceSignalsApiIT extends ApiTest {

    private static final String RED_HAT = "/api/v1/signals/red-hat";
    private static final String STEERING = "/api/v1/signals/steering";

    private final Map<String, Api> offices = new HashMap<>();

    private Api office(String username) {
        return offices.computeIfAbsent(username, Api::demo);
    }

    @Test
    void anAgencySharingAnOfficesContactIsARedHatForItsHomeRegionsPlatformOffices() {
        // 杭州市生态环境局's registered phone, and 杭州市政务服务管理办公室's registered contact as legal representative
        Agency samePhone = Agencies.register("330100", "0571-87070004");
        Agency sameName = Agencies.register("330100");
        profile(sameName, "赵立新", Registrations.uniquePhone());
        // one digit more, and a name that only begins like the contact's: neither is the office's
        Agency nearly = Agencies.register("330100", "0571-870700041");
        profile(nearly, "赵立", "0571-870700041");
        // 宁波市政务服务管理办公室's phone written with spaces: the same phone
        Agency ningbo = Agencies.register("330200", "0574 8718 0002");

        for (String username : List.of("supervisor", "supervisor-hz")) {
            JsonObject phone = only(office(username), samePhone);
            assertEquals("杭州市生态环境局", phone.getJsonObject("office").getString("name"), username);
            assertEquals("0571-87070004", phone.getJsonObject("office").getString("phone"));
            assertTrue(phone.getBoolean("samePhone") && !phone.getBoolean("sameName"), phone::toString);
            assertEquals("RED_HAT", phone.getString("kind"));
            JsonObject name = only(office(username), sameName);
            assertEquals("杭州市政务服务管理办公室", name.getJsonObject("office").getString("name"));
            assertEquals("赵立新", name.getJsonObject("office").getString("contact"));
            assertTrue(name.getBoolean("sameName") && !name.getBoolean("samePhone"), name::toString);
            assertEquals(0, total(office(username), nearly), username + ": a near miss is no signal");
        }
        // a department of Hangzhou, the platform office of Ningbo (a sibling city) and of the Xihu district (below Hangzhou)
        String key = only(office("supervisor-hz"), samePhone).getString("key");
        for (String username : List.of("eco-hz", "supervisor-nb", "supervisor-xihu")) {
            assertEquals(0, total(office(username), samePhone), username + " does not see the Hangzhou agency's signal");
            assertProblem(office(username).post(RED_HAT + "/" + key + "/review", "{\"comment\":\"越权审查\"}"), 404);
        }
        assertEquals(1, total(office("supervisor-nb"), ningbo), "Ningbo sees its own agency's tie to its office");
        assertEquals(0, total(office("supervisor-hz"), ningbo), "Hangzhou does not see Ningbo's agency");

        Api.Reply reviewed = office("supervisor-hz").post(RED_HAT + "/" + key + "/review", "{\"comment\":\"已核实：该机构电话系生态环境局旧号码，责令更正\"}");
        assertEquals(200, reviewed.status(), reviewed::toString);
        assertTrue(reviewed.json().getBoolean("reviewed"));
        assertEquals("supervisor-hz", reviewed.json().getJsonObject("review").getString("reviewedBy"));
        assertProblem(office("supervisor").post(RED_HAT + "/" + key + "/review", "{\"comment\":\"再审\"}"), 409);
        assertEquals(1, office("supervisor").get(RED_HAT + "?reviewed=true&agency=" + samePhone.id()).json().getInt("total"));
        assertEquals(0, office("supervisor").get(RED_HAT + "?reviewed=false&agency=" + samePhone.id()).json().getInt("total"));

        // reviewed only under its own kind's path, with a comment, by supervisors
        assertProblem(office("supervisor").post(STEERING + "/" + key + "/review", "{\"comment\":\"错路径\"}"), 404);
        assertProblem(office("supervisor").post("/api/v1/signals/" + key + "/review", "{\"comment\":\"错路径\"}"), 404);
        String other = only(office("supervisor"), sameName).getString("key");
        assertProblem(office("supervisor").post(RED_HAT + "/" + other + "/review", "{\"comment\":\"  \"}"), 400);
        assertProblem(office("supervisor").get("/api/v1/signals?kind=RED_HAT"), 400);
        assertProblem(Market.owner().api().get(RED_HAT), 403);
        assertProblem(Api.anonymous().get(RED_HAT), 401);
        assertProblem(office("supervisor").get(RED_HAT + "?agency=abc"), 400);
    }

    /** The awards of {@link SteeringFixture}: only owner X's to agency A are steered, at 0.41 %. */
    @Test
    void oneOwnersNeedsWonByOneAgencyFarAboveItsShareAreSteeringOnlyFromFiveAwardsAndAtOnePercent() {
        SteeringFixture fixture = SteeringFixture.awarded();
        String item = fixture.item();
        Agency a = fixture.a();
        Agency b = fixture.b();
        Agency c = fixture.c();

        String list = STEERING + "?item=" + item;
        // Hangzhou's owners, an environmental item: the province, Hangzhou's platform office and its environmental department
        for (String username : List.of("supervisor", "supervisor-hz", "eco-hz")) {
            JsonObject page = office(username).get(list).json();
            assertEquals(1, page.getInt("total"), username + ": only X and A are signalled: " + page);
            JsonObject signal = page.getJsonArray("items").getJsonObject(0);
            assertEquals(a.id(), signal.getJsonObject("agency").getJsonNumber("id").longValue());
            assertEquals(5, signal.getInt("won"));
            assertEquals(5, signal.getInt("awarded"));
            assertEquals(5, signal.getInt("wonInMarket"));
            assertEquals(15, signal.getInt("awardsInMarket"));
            assertEquals(Math.pow(1.0 / 3, 5), signal.getJsonNumber("tail").doubleValue(), 1e-12);
            assertEquals(item, signal.getString("itemCode"));
        }
        assertEquals(0, office("supervisor").get(list + "&agency=" + b.id()).json().getInt("total"), "4 of 5 at a share of 4/15 is 2 %");
        assertEquals(0, office("supervisor").get(list + "&agency=" + c.id()).json().getInt("total"), "4 of 4 is too few awards");
        String key = office("eco-hz").get(list).json().getJsonArray("items").getJsonObject(0).getString("key");
        // another department of Hangzhou, the environmental department of Ningbo (a sibling city) and of Xihu (a child region)
        for (String username : List.of("housing-hz", "eco-nb", "eco-xihu")) {
            assertEquals(0, office(username).get(list).json().getInt("total"), username + " sees no steering of a Hangzhou environmental owner");
            assertProblem(office(username).post(STEERING + "/" + key + "/review", "{\"comment\":\"越权审查\"}"), 404);
        }
        Api.Reply reviewed = office("eco-hz").post(STEERING + "/" + key + "/review", "{\"comment\":\"已约谈业主，要求说明选取理由\"}");
        assertEquals(200, reviewed.status(), reviewed::toString);
        assertEquals("eco-hz", reviewed.json().getJsonObject("review").getString("reviewedBy"));
        assertProblem(office("supervisor-hz").post(STEERING + "/" + key + "/review", "{\"comment\":\"再审\"}"), 409);
        assertEquals(1, office("supervisor").get(list + "&reviewed=true").json().getInt("total"));
        assertEquals(0, office("supervisor").get(list + "&reviewed=false").json().getInt("total"));
        assertProblem(office("supervisor").post(RED_HAT + "/" + key + "/review", "{\"comment\":\"错路径\"}"), 404);
        assertProblem(office("supervisor").get(STEERING + "?owner=x"), 400);
    }

    private static void profile(Agency agency, String legalRepresentative, String phone) {
        Api.Reply changed = agency.api().put("/api/v1/organisations/" + agency.id() + "/profile",
                "{\"region\":\"330100\",\"legalRepresentative\":\"" + legalRepresentative + "\",\"contactPhone\":\"" + phone + "\"}");
        assertEquals(200, changed.status(), changed::toString);
    }

    private static long total(Api api, Agency agency) {
        Api.Reply reply = api.get(RED_HAT + "?agency=" + agency.id());
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getInt("total");
    }

    private static JsonObject only(Api api, Agency agency) {
        JsonObject page = api.get(RED_HAT + "?agency=" + agency.id()).json();
        assertEquals(1, page.getInt("total"), page::toString);
        JsonObject signal = page.getJsonArray("items").getJsonObject(0);
        assertEquals(agency.id(), signal.getJsonObject("agency").getJsonNumber("id").longValue());
        assertFalse(signal.getBoolean("reviewed") && signal.isNull("review"));
        return signal;
    }
}
