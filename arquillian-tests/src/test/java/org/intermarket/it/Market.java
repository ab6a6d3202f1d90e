package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** Owners, projects and needs made through the API, with deadlines seconds away instead of days. */
final class Market {

    /** The shortest bidding period the tests use; set through the settings, restored afterwards. */
    static final String FAST_BIDDING = "PT2S";

    private Market() {
    }

    record Owner(String username, Api api) {
    }

    static Owner owner() {
        String username = Registrations.newOwner();
        return new Owner(username, Api.signIn(username, Registrations.PASSWORD));
    }

    static long project(Owner owner) {
        String code = "2026-330100-48-01-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        Api.Reply reply = owner.api().post("/api/v1/projects", """
                {"name":"城东污水处理厂扩建工程","projectCode":"%s","location":"杭州市上城区","investment":"52000000.00"}
                """.formatted(code));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    static String need(long project, String method, String ceiling, Instant deadline, String weights) {
        return need(project, method, ceiling, deadline, weights, null);
    }

    static String need(long project, String method, String ceiling, Instant deadline, String weights, String exclusions) {
        return """
                {"projectId":%d,"itemCode":"%s","scope":"编制环境影响报告书并配合审批","serviceDays":30,
                 "ceilingPrice":%s,"selectionMethod":"%s","bidDeadline":"%s"%s%s}
                """.formatted(project, Agencies.OPEN_ITEM, ceiling == null ? "null" : "\"" + ceiling + "\"", method, deadline,
                weights == null ? "" : ",\"weights\":" + weights, exclusions == null ? "" : ",\"excludedAgencies\":" + exclusions);
    }

    /** Drafts and publishes a need whose bidding closes {@code seconds} from now; returns its id. */
    static long published(Owner owner, String method, String ceiling, int seconds, String weights) {
        long project = project(owner);
        Api.Reply drafted = owner.api().post("/api/v1/needs", need(project, method, ceiling, Instant.now().plusSeconds(seconds), weights));
        assertEquals(201, drafted.status(), drafted::toString);
        long id = drafted.json().getJsonNumber("id").longValue();
        Api.Reply published = owner.api().post("/api/v1/needs/" + id + "/publish", null);
        assertEquals(200, published.status(), published::toString);
        return id;
    }

    static Api.Reply bid(Agencies.Agency agency, long need, String price) {
        return agency.api().put("/api/v1/needs/" + need + "/bids/mine",
                "{\"price\":\"" + price + "\",\"serviceDays\":25,\"plan\":\"组建 5 人项目组，分三阶段完成\"}");
    }

    static long bidId(Agencies.Agency agency, long need, String price) {
        Api.Reply reply = bid(agency, need, price);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Waits (polling, never longer than needed) until the need has left PUBLISHED, closed by its own timer. */
    static JsonObject awaitClosed(long need) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            JsonObject current = Api.anonymous().get("/api/v1/needs/" + need).json();
            if (!"PUBLISHED".equals(current.getString("status")) || Instant.now().isAfter(giveUp)) {
                return current;
            }
            pause();
        }
    }

    /** Waits until the deadline of a need has passed on this machine's clock (the server's, too). */
    static void awaitDeadline(long need) {
        Instant deadline = Instant.parse(Api.anonymous().get("/api/v1/needs/" + need).json().getString("bidDeadline"));
        awaitPassed(deadline.plusMillis(50));
    }

    /** Waits, polling, until {@code moment} has passed on this machine's clock. */
    static void awaitPassed(Instant moment) {
        while (!Instant.now().isAfter(moment)) {
            pause();
        }
    }

    /** A tenth of a second, between two looks at something that is coming. */
    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Shortens the minimum bidding and notice periods, and the settle time between a deadline and closing (the tests'
     * bids are few; a rush needs the default); returns the settings to restore afterwards.
     */
    static JsonObject fastSettings() {
        return overrideSettings("{\"minBiddingPeriod\":\"" + FAST_BIDDING
                + "\",\"noticePeriod\":\"PT30S\",\"amendmentMinRemaining\":\"PT4S\",\"bidSettlePeriod\":\"PT1S\"}");
    }

    /** Changes some of the periods {@link #restoreSettings} puts back; returns the settings as they were. */
    static JsonObject overrideSettings(String json) {
        Api admin = Api.demo("admin");
        JsonObject before = admin.get("/api/v1/settings").json();
        assertEquals(200, admin.put("/api/v1/settings", json).status());
        return before;
    }

    static void restoreSettings(JsonObject before) {
        Api.demo("admin").put("/api/v1/settings", "{\"minBiddingPeriod\":\"" + before.getString("minBiddingPeriod")
                + "\",\"noticePeriod\":\"" + before.getString("noticePeriod")
                + "\",\"amendmentMinRemaining\":\"" + before.getString("amendmentMinRemaining")
                + "\",\"bidSettlePeriod\":\"" + before.getString("bidSettlePeriod") + "\"}");
    }
}
