package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Public reads of the API carry validators and are kept by shared caches only briefly; whatever is asked with
 * credentials is never kept; a conditional request gets 304 exactly when nothing in the answer changed.
 */
@ExtendWith(FastMarket.class)
class HttpCachingIT extends ApiTest {

    private static final String SHARED = "max-age=5";
    private static final String PERSONAL = "private, no-store";

    private final Api anonymous = Api.anonymous();

    @Test
    void aNeedsAnswersAreNotModifiedUntilItIsAmendedClosedAndAwarded() {
        Owner owner = Market.owner();
        List<Agency> bidders = List.of(Agencies.admitted("330100"), Agencies.admitted("320100"), Agencies.admitted("330200"));
        long need = Market.published(owner, "LOWEST_PRICE", "100000.00", 30, null);
        String path = "/api/v1/needs/" + need;
        // the latest deadlines first: the need is on this page, among the demo's and this class's needs
        String list = "/api/v1/needs?item=" + Agencies.OPEN_ITEM + "&size=100";
        assertTrue(anonymous.get(list).body().contains("\"id\":" + need + ","), "the need is on the list page watched");
        List<String> reads = List.of(path, path + "/timeline", path + "/history", list);

        Map<String, String> tags = currentTags(reads);
        for (int i = 0; i < bidders.size(); i++) {
            Market.bidId(bidders.get(i), need, (90000 - i * 1000) + ".00");
        }
        Map<String, String> afterBids = currentTags(reads);
        assertEquals(tags.get(path), afterBids.get(path), "sealed bids change nothing anyone can see of the need");
        assertFalse(anonymous.get(path).json().containsKey("bidCount"));
        assertNeverNotModified(path + "/notice", 404);

        Api.Reply amended = owner.api().post(path + "/amendments", "{\"reason\":\"核减投资，下调最高限价\",\"ceilingPrice\":\"95000.00\"}");
        assertEquals(201, amended.status(), amended::toString);
        tags = changedSince(afterBids, List.of(path, path + "/timeline", list));
        assertEquals("95000.00", anonymous.get(path).json().getString("ceilingPrice"));
        for (Agency bidder : bidders) {
            assertEquals(200, bidder.api().post(path + "/bids/mine/confirm", null).status());
        }

        Market.passDeadline(need);
        JsonObject closed = Market.awaitClosed(need);
        assertEquals("BIDDING_CLOSED", closed.getString("status"), closed::toString);
        tags = changedSince(tags, List.of(path, path + "/timeline", list));
        assertEquals(3, anonymous.get(path).json().getInt("bidCount"), "the count, sealed before, is in the new answer");

        JsonObject awarded = owner.api().post(path + "/selection", "{}").json();
        assertEquals("NOTICE", awarded.getString("status"), awarded::toString);
        changedSince(tags, List.of(path, path + "/timeline", path + "/history", list));
        String notice = tagOf(anonymous.get(path + "/notice"));
        assertEquals(304, conditional("GET", path + "/notice", notice).status());
    }

    @Test
    void anAnonymousReadIsAnsweredFromTheLastRenderingUntilTheNextCommittedChange() {
        Owner owner = Market.owner();
        long need = Market.published(owner, "LOWEST_PRICE", "100000.00", 60, null);
        String api = "/api/v1/needs/" + need;
        String page = "/need.xhtml?id=" + need;
        for (String read : List.of(api, page)) {
            Api.Reply kept = keptAnswer(read);
            String tag = kept.header("ETag").orElseThrow();
            assertEquals(304, conditional("GET", read, tag).status(), read);
            Api.Reply fresh = anonymous.read("GET", read, Map.of("Cache-Control", "no-cache"));
            assertFalse(fresh.header("Age").isPresent(), () -> read + ": no-cache asks for a new rendering");
        }
        assertEquals(tagOf(anonymous.get(api)), tagOf(anonymous.read("GET", api, Map.of("Cache-Control", "no-cache"))),
                "a new rendering of the same data, the same tag (a page's differs: each rendering has its own script nonce)");
        String pageTag = anonymous.get(page).header("ETag").orElseThrow();

        Api.Reply amended = owner.api().post(api + "/amendments", "{\"reason\":\"核减投资，下调最高限价\",\"ceilingPrice\":\"95000.00\"}");
        assertEquals(201, amended.status(), amended::toString);
        Api.Reply afterAmendment = anonymous.get(page);
        assertFalse(afterAmendment.header("Age").isPresent(), "a committed change ends every kept answer at once");
        assertNotEquals(pageTag, afterAmendment.header("ETag").orElse(""));
        assertEquals("95000.00", anonymous.get(api).json().getString("ceilingPrice"));

        Api.Reply english = anonymous.read("GET", page, Map.of("Cookie", "lang=en"));
        assertTrue(english.body().contains(" lang=\"en\">"), "each language is kept apart");
        assertTrue(anonymous.get(page).body().contains(" lang=\"zh\">"));
    }

    @Test
    void aSignedInReaderIsNeverGivenAnAnswerKeptForAnonymousOnes() {
        keptAnswer("/needs.xhtml");
        PageSession session = PageSession.signedIn("owner1", Api.DEMO_PASSWORD);
        HttpResponse<String> signedIn = session.get("/needs.xhtml");
        assertFalse(signedIn.headers().firstValue("Age").isPresent(), () -> signedIn.headers().toString());
        assertTrue(signedIn.body().contains("im-whoami"), "the reader's own name in the header");
        Api.Reply anonymousAgain = anonymous.get("/needs.xhtml");
        assertFalse(anonymousAgain.body().contains("im-whoami"), "and no one else's page keeps it");
    }

    @Test
    void headAnswersWithTheSameValidatorsAndNoBody() {
        String path = "/api/v1/catalog/items/" + Agencies.OPEN_ITEM;
        String tag = tagOf(anonymous.get(path));
        Api.Reply head = anonymous.read("HEAD", path, Map.of());
        assertEquals(200, head.status());
        assertEquals(tag, head.header("ETag").orElse(""));
        assertEquals(SHARED, head.header("Cache-Control").orElse(""));
        assertEquals("", head.body());
        assertEquals(304, conditional("HEAD", path, tag).status());
    }

    @Test
    void aCatalogItemIsNotModifiedSinceItsLastChangeUntilASupervisorRevisesIt() throws Exception {
        Api supervisor = Api.demo("supervisor");
        String code = Api.unique("HC-").toUpperCase();
        String path = "/api/v1/catalog/items/" + code;
        assertEquals(201, supervisor.post("/api/v1/catalog/items", item(code, 10)).status());
        Api.Reply created = anonymous.get(path);
        String tag = tagOf(created);
        assertEquals(304, conditional("GET", path, tag).status());

        Thread.sleep(1100);
        String lastModified = anonymous.get(path).header("Last-Modified").orElseThrow(
                () -> new AssertionError("a change a second old has its date"));
        assertEquals(304, anonymous.read("GET", path, Map.of("If-Modified-Since", lastModified)).status());
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(lastModified)).minusSeconds(1).atOffset(ZoneOffset.UTC));
        assertEquals(200, anonymous.read("GET", path, Map.of("If-Modified-Since", earlier)).status());

        assertEquals(200, supervisor.put(path, item(code, 12)).status());
        Api.Reply revised = conditional("GET", path, tag);
        assertEquals(200, revised.status(), "the revision is a new answer");
        assertEquals(12, revised.json().getInt("standardDays"));
        assertNotEquals(tag, tagOf(revised));
        assertEquals(200, anonymous.read("GET", path, Map.of("If-Modified-Since", lastModified)).status(),
                "nor is the old date current any more");
        String list = "/api/v1/catalog/items?q=" + code;
        assertEquals(304, conditional("GET", list, tagOf(anonymous.get(list))).status());
    }

    @Test
    void theDirectoryAnswersItsTagWith304UntilAnAgencyChangesItsProfile() {
        Agency agency = Agencies.admitted("330100");
        String profile = "/api/v1/agencies/" + agency.id();
        String before = tagOf(anonymous.get(profile));
        assertEquals(304, conditional("GET", profile, before).status());
        String directory = "/api/v1/agencies?size=100";
        assertEquals(304, conditional("GET", directory, tagOf(anonymous.get(directory))).status());

        Agencies.addQualification(agency, Agencies.SURVEY_QUALIFICATION, LocalDate.now().minusYears(1), LocalDate.now().plusYears(2));
        Api.Reply changed = conditional("GET", profile, before);
        assertEquals(200, changed.status(), "a new qualification is a new profile");
        assertTrue(changed.body().contains(Agencies.SURVEY_QUALIFICATION), changed::toString);
    }

    @Test
    void whateverIsAskedWithCredentialsIsNeverShareable() {
        Owner owner = Market.owner();
        long need = Market.published(owner, "LOWEST_PRICE", "100000.00", 60, null);
        String path = "/api/v1/needs/" + need;
        String publicTag = tagOf(anonymous.get(path));
        for (Api signedIn : List.of(owner.api(), Api.basic(owner.username(), Registrations.PASSWORD), Api.bearer("no-such-token"))) {
            for (String read : List.of(path, "/api/v1/needs", "/api/v1/me", "/api/v1/catalog/items")) {
                Api.Reply reply = signedIn.read("GET", read, Map.of("If-None-Match", publicTag));
                assertEquals(PERSONAL, reply.header("Cache-Control").orElse(""), () -> read + ": " + reply.response().headers());
                assertFalse(reply.header("ETag").isPresent(), read);
                assertNotEquals(304, reply.status(), read);
            }
        }
        Api.Reply withCookie = anonymous.read("GET", path, Map.of("Cookie", "JSESSIONID=not-a-session"));
        assertEquals(PERSONAL, withCookie.header("Cache-Control").orElse(""), "a session cookie, even a stale one, is someone's");

        PageSession session = PageSession.signedIn("owner1", Api.DEMO_PASSWORD);
        for (String read : List.of(path, "/api/v1/me", "/", "/account/index.xhtml", "/needs.xhtml", "/need.xhtml?id=" + need)) {
            HttpResponse<String> reply = session.get(read);
            assertEquals(200, reply.statusCode(), read);
            assertEquals(PERSONAL, reply.headers().firstValue("Cache-Control").orElse(""), () -> read + ": " + reply.headers());
        }
    }

    @Test
    void anonymousPagesAreKeptByNoSharedCache() {
        for (String page : List.of("/", "/needs.xhtml", "/catalog.xhtml", "/agencies.xhtml", "/login.xhtml")) {
            String cacheControl = anonymous.get(page).header("Cache-Control").orElse("");
            assertTrue(cacheControl.startsWith("private"), () -> page + ": " + cacheControl);
        }
    }

    @Test
    void errorsAreNeverNotModifiedNorKept() {
        for (String path : List.of("/api/v1/needs/999999999", "/api/v1/needs?status=NOT_A_STATUS", "/api/v1/agencies/999999999",
                "/api/v1/catalog/items/NO-SUCH-ITEM", "/api/v1/no-such-thing")) {
            Api.Reply reply = anonymous.read("GET", path, Map.of("If-None-Match", "*"));
            assertTrue(reply.status() >= 400, () -> path + ": " + reply);
            assertEquals("no-store", reply.header("Cache-Control").orElse(""), path);
            assertFalse(reply.header("ETag").isPresent(), path);
        }
        Api.Reply notSignedIn = anonymous.read("GET", "/api/v1/me", Map.of("If-None-Match", "*"));
        assertEquals(401, notSignedIn.status());
        assertEquals("no-store", notSignedIn.header("Cache-Control").orElse(""));
    }

    /**
     * The read asked twice: the second answer is the first one kept. Tried a few times, since any change committed in
     * between (another test's deadline closing on the same server) rightly ends the kept answer.
     */
    private Api.Reply keptAnswer(String read) {
        Api.Reply reply = null;
        for (int i = 0; i < 5; i++) {
            anonymous.get(read);
            reply = anonymous.get(read);
            if (reply.header("Age").isPresent()) {
                return reply;
            }
        }
        Api.Reply last = reply;
        throw new AssertionError(read + " asked again is never the answer kept a moment ago: " + last.response().headers());
    }

    /** Each read's current tag, after checking that asking again with it is answered 304 and no body. */
    private Map<String, String> currentTags(List<String> reads) {
        Map<String, String> tags = new HashMap<>();
        for (String read : reads) {
            Api.Reply reply = anonymous.get(read);
            String tag = tagOf(reply);
            Api.Reply again = conditional("GET", read, tag);
            assertEquals(304, again.status(), () -> read + " unchanged: " + again);
            assertEquals("", again.body(), read);
            assertFalse(again.header("Content-Type").isPresent(), () -> read + ": a 304 describes no body: " + again.response().headers());
            assertEquals(tag, again.header("ETag").orElse(""), read);
            assertEquals(SHARED, again.header("Cache-Control").orElse(""), read);
            tags.put(read, tag);
        }
        return tags;
    }

    /**
     * Asks each changed read with the tag it had before the change: the answer is 200 with the current body; then the
     * new tag is current (304). Reads not named are only checked to be current.
     */
    private Map<String, String> changedSince(Map<String, String> before, List<String> changed) {
        for (String read : changed) {
            Api.Reply reply = conditional("GET", read, before.get(read));
            assertEquals(200, reply.status(), () -> read + " changed: " + reply);
            assertNotEquals(before.get(read), tagOf(reply), read);
            assertEquals(anonymous.get(read).body(), reply.body(), read + ": the new body, whole");
        }
        return currentTags(List.copyOf(before.keySet()));
    }

    private void assertNeverNotModified(String path, int status) {
        Api.Reply reply = anonymous.read("GET", path, Map.of("If-None-Match", "*"));
        assertEquals(status, reply.status(), reply::toString);
        assertEquals("no-store", reply.header("Cache-Control").orElse(""));
    }

    private Api.Reply conditional(String method, String path, String tag) {
        return anonymous.read(method, path, Map.of("If-None-Match", tag));
    }

    private static String tagOf(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(SHARED, reply.header("Cache-Control").orElse(""), () -> reply.response().uri() + ": " + reply.response().headers());
        assertTrue(reply.header("Vary").orElse("").contains("Authorization"), () -> reply.response().headers().toString());
        String tag = reply.header("ETag").orElseThrow(() -> new AssertionError("no ETag: " + reply.response().headers()));
        assertTrue(tag.startsWith("W/\""), tag);
        return tag;
    }

    private static String item(String code, int days) {
        return """
                {"code":"%s","nameZh":"缓存测试事项","nameEn":"Caching test item %s","legalBasis":"《测试条例》第一条","department":"测试部门",
                 "qualificationType":"测试资质","standardDays":%d,"feeBasis":"MARKET","mandatory":false}
                """.formatted(code, code, days);
    }
}
