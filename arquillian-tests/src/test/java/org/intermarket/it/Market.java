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

    /** How long closing waits after the last stored bid (the application's {@code NeedClosing.QUIET}), and a margin. */
    private static final Duration CLOSING_QUIET = Duration.ofMillis(2100);

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
        Api.Reply drafted = owner.api().post("/api/v1/needs", need(project, method, ceiling, TestClock.now().plusSeconds(seconds), weights));
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

    /**
     * Moves the market's clock past the moment the need may close (its deadline, the settle period and the quiet
     * time closing waits for after the last stored bid), then polls while the server's clock watch closes it, a
     * second further every half second when a bid stored late keeps it open; returns the need as it is then (still
     * PUBLISHED if closing refused to for ten seconds).
     */
    static JsonObject awaitClosed(long need) {
        Duration settle = Duration.parse(Api.demo("admin").get("/api/v1/settings").json().getString("bidSettlePeriod"));
        TestClock.advanceTo(deadline(need).plus(settle).plus(CLOSING_QUIET));
        for (int look = 1; ; look++) {
            JsonObject current = Api.anonymous().get("/api/v1/needs/" + need).json();
            if (!"PUBLISHED".equals(current.getString("status")) || look == 100) {
                return current;
            }
            if (look % 5 == 0) {
                TestClock.advance(Duration.ofSeconds(1));
            }
            pause();
        }
    }

    /**
     * A need of a new owner in Hangzhou (330100) for {@link Agencies#OPEN_ITEM}, awarded to the lower of two bids, against
     * which the other bidder (of Ningbo, 330200) has objected on these grounds; returns the need's id. Needs the fast
     * market ({@link FastMarket}).
     */
    static long objectedTo(String grounds) {
        Owner owner = owner();
        Agencies.Agency winner = Agencies.admitted("330100");
        Agencies.Agency loser = Agencies.admitted("330200");
        long need = published(owner, "DIRECT", "50000.00", 30, null);
        long winnerBid = bidId(winner, need, "40000.00");
        bidId(loser, need, "40100.00");
        passDeadline(need);
        awaitClosed(need);
        assertEquals(200, owner.api().post("/api/v1/needs/" + need + "/selection", "{\"bidId\":" + winnerBid + "}").status());
        assertEquals(201, loser.api().post("/api/v1/needs/" + need + "/objections", "{\"grounds\":\"" + grounds + "\"}").status());
        return need;
    }

    /** Moves the market's clock just past the need's deadline. */
    static void passDeadline(long need) {
        TestClock.advanceTo(deadline(need).plusMillis(50));
    }

    private static Instant deadline(long need) {
        return Instant.parse(Api.anonymous().get("/api/v1/needs/" + need).json().getString("bidDeadline"));
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
     * Shortens the minimum bidding, notice and amendment periods, and the settle time between a deadline and closing
     * (the tests' bids are few; a rush needs the default); returns the settings to restore afterwards. Test classes
     * get them through {@link FastMarket}.
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
