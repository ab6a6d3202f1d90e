package org.intermarket.it;

import static org.intermarket.it.Problems.assertFieldError;
import static org.intermarket.it.Problems.assertProblem;
import static org.intermarket.it.Problems.assertProblemCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bid-rigging signals: each kind with a case that raises it and one that does not, sealed bids
 * never analysed, the review with its comment and audit entry, roles and bad input. The database
 * is shared with the rest of the suite and the demo, so every query names this test's own need
 * or agency. Runs inside the server (a probe) because one fact, a bid's source address, can only
 * be set through the database: see {@link #setSourceIp}.
 */
@ExtendWith(FastMarket.class)
class SignalsApiIT extends ProbeTest {

    private static final String SIGNALS = "/api/v1/signals";
    private final Api supervisor = Api.demo("supervisor");

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return probe(SignalsApiIT.class).addClasses(Market.class, Market.Owner.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void agenciesSharingAPhoneAreSignalledOnlyOnceTheBidsAreUnsealed() throws Exception {
        String phone = Registrations.uniquePhone();
        Agency first = Agencies.admitted("330100", phone);
        // The same number written another way: spaces and hyphens do not make it another phone.
        Agency second = Agencies.admitted("330200", phone.replace("-", " "));
        Agency other = Agencies.admitted("330300");
        long need = Market.published(Market.owner(), "DIRECT", "50000.00", 30, null);
        Market.bidId(first, need, "40000.00");
        Market.bidId(second, need, "45000.00");
        Market.bidId(other, need, "30000.00");

        JsonObject sealed = list("need=" + need);
        assertEquals(0, sealed.getInt("total"), () -> "bids before the deadline stay sealed, even here: " + sealed);

        awaitClosed(need);
        List<JsonObject> found = items(list("kind=SHARED_PHONE&need=" + need));
        assertEquals(1, found.size(), found::toString);
        JsonObject signal = found.get(0);
        assertEquals(Set.of(first.id(), second.id()), agencies(signal));
        assertEquals(phone, signal.getJsonObject("evidence").getString("phone"));
        assertEquals("SHARED_PHONE-" + need + "-1-" + Math.min(first.id(), second.id()) + "-" + Math.max(first.id(), second.id()),
                signal.getString("key"));
        assertEquals(List.of(need), needs(signal));
        assertEquals(2, signal.getJsonArray("bids").size());
        assertFalse(signal.getBoolean("reviewed"));
        assertFalse(signal.containsKey("review"), "no review yet, so none in the JSON");
        assertEquals(1, signal.getInt("round"));

        assertTrue(items(list("kind=SHARED_PHONE&agency=" + other.id())).isEmpty(), "the agency with a phone of its own is in no signal");
        JsonObject secondPage = list("need=" + need + "&size=1&page=1");
        assertEquals(1, secondPage.getInt("total"));
        assertEquals(1, secondPage.getInt("page"));
        assertTrue(secondPage.getJsonArray("items").isEmpty());
    }

    @Test
    @OperateOnDeployment("probe")
    void bidsFromOneAddressAreSignalledButNotFromLoopbackOrAnotherAddress() throws Exception {
        Owner owner = Market.owner();
        Agency first = Agencies.admitted("330100");
        Agency second = Agencies.admitted("330200");
        Agency other = Agencies.admitted("330300");
        long need = Market.published(owner, "DIRECT", "50000.00", 30, null);
        long loopbackNeed = Market.published(owner, "DIRECT", "50000.00", 30, null);
        long bid1 = Market.bidId(first, need, "40000.00");
        long bid2 = Market.bidId(second, need, "45000.00");
        long bid3 = Market.bidId(other, need, "30000.00");
        Market.bidId(first, loopbackNeed, "40000.00");
        Market.bidId(second, loopbackNeed, "45000.00");
        setSourceIp(bid1, "203.0.113.7");
        setSourceIp(bid2, "203.0.113.7");
        setSourceIp(bid3, "198.51.100.9");

        awaitClosed(need);
        awaitClosed(loopbackNeed);
        List<JsonObject> found = items(list("kind=SHARED_IP&need=" + need));
        assertEquals(1, found.size(), found::toString);
        assertEquals(Set.of(first.id(), second.id()), agencies(found.get(0)));
        assertEquals("203.0.113.7", found.get(0).getJsonObject("evidence").getString("sourceIp"));
        assertTrue(items(list("kind=SHARED_IP&need=" + loopbackNeed)).isEmpty(),
                "both bids came from 127.0.0.1, which says nothing about who sent them");
    }

    @Test
    @OperateOnDeployment("probe")
    void identicalPlanFilesAreSignalledButNotADifferentOne() throws Exception {
        Agency first = Agencies.admitted("330100");
        Agency second = Agencies.admitted("330200");
        Agency other = Agencies.admitted("330300");
        long need = Market.published(Market.owner(), "DIRECT", "50000.00", 30, null);
        byte[] shared = ("%PDF-1.4\n% the same plan " + Api.unique("p") + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        byte[] own = ("%PDF-1.4\n% a plan of its own " + Api.unique("p") + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        for (Agency agency : List.of(first, second, other)) {
            Market.bidId(agency, need, agency == first ? "40000.00" : agency == second ? "45000.00" : "30000.00");
            Api.Reply uploaded = agency.api().upload("/api/v1/needs/" + need + "/bids/mine/plan-file?filename=plan.pdf",
                    agency == other ? own : shared, "application/pdf");
            assertEquals(200, uploaded.status(), uploaded::toString);
        }

        awaitClosed(need);
        List<JsonObject> found = items(list("kind=SHARED_PLAN_FILE&need=" + need));
        assertEquals(1, found.size(), found::toString);
        assertEquals(Set.of(first.id(), second.id()), agencies(found.get(0)));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(shared)),
                found.get(0).getJsonObject("evidence").getString("planFileSha256"));
    }

    @Test
    @OperateOnDeployment("probe")
    void pricesExactlyHalfAPercentApartAreCloseAndACentMoreIsNot() throws Exception {
        Owner owner = Market.owner();
        Agency low = Agencies.admitted("330100");
        Agency high = Agencies.admitted("330200");
        long edge = Market.published(owner, "DIRECT", "90000.00", 30, null);
        long beyond = Market.published(owner, "DIRECT", "90000.00", 30, null);
        // 0.5 % of 80,000.00 is 400.00.
        Market.bidId(low, edge, "80000.00");
        Market.bidId(high, edge, "80400.00");
        Market.bidId(low, beyond, "80000.00");
        Market.bidId(high, beyond, "80400.01");

        awaitClosed(edge);
        awaitClosed(beyond);
        List<JsonObject> found = items(list("kind=CLOSE_PRICES&need=" + edge));
        assertEquals(1, found.size(), found::toString);
        assertEquals(Set.of(low.id(), high.id()), agencies(found.get(0)));
        assertEquals(new BigDecimal("0.50"), found.get(0).getJsonObject("evidence").getJsonNumber("priceGapPercent").bigDecimalValue());
        assertEquals(Set.of("80000.00", "80400.00"), found.get(0).getJsonArray("bids")
                .getValuesAs(JsonObject.class).stream().map(b -> b.getString("price")).collect(Collectors.toSet()));
        assertTrue(items(list("kind=CLOSE_PRICES&need=" + beyond)).isEmpty(), "400.01 apart is more than 0.5 % of 80,000.00");
    }

    @Test
    @OperateOnDeployment("probe")
    void aPairTakingTurnsToWinIsSignalledButNotAPairWhereOneAlwaysWins() throws Exception {
        Owner owner = Market.owner();
        Agency a = Agencies.admitted("330100");
        Agency b = Agencies.admitted("330200");
        Agency c = Agencies.admitted("330300");
        Agency d = Agencies.admitted("330600");
        List<Long> rotating = new ArrayList<>();
        List<Long> dominated = new ArrayList<>();
        List<long[]> winners = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long need = Market.published(owner, "DIRECT", "50000.00", 30, null);
            long bidA = Market.bidId(a, need, "30000.00");
            long bidB = Market.bidId(b, need, "40000.00");
            winners.add(new long[] {need, i == 1 ? bidB : bidA});
            rotating.add(need);
            long other = Market.published(owner, "DIRECT", "50000.00", 30, null);
            long bidC = Market.bidId(c, other, "30000.00");
            Market.bidId(d, other, "40000.00");
            winners.add(new long[] {other, bidC});
            dominated.add(other);
        }
        for (long[] winner : winners) {
            awaitClosed(winner[0]);
            Api.Reply selected = owner.api().post("/api/v1/needs/" + winner[0] + "/selection", "{\"bidId\":" + winner[1] + "}");
            assertEquals(200, selected.status(), selected::toString);
        }

        List<JsonObject> found = items(list("kind=ROTATING_PAIR&agency=" + a.id()));
        assertEquals(1, found.size(), found::toString);
        JsonObject pair = found.get(0);
        assertEquals("ROTATING_PAIR-" + Math.min(a.id(), b.id()) + "-" + Math.max(a.id(), b.id()), pair.getString("key"));
        assertEquals(3, pair.getJsonObject("evidence").getInt("sharedNeeds"));
        assertEquals(Set.copyOf(rotating), Set.copyOf(needs(pair)));
        assertFalse(pair.containsKey("round"), "a pair signal spans needs");
        for (JsonObject agency : pair.getJsonArray("agencies").getValuesAs(JsonObject.class)) {
            assertEquals(agency.getJsonNumber("id").longValue() == a.id() ? 2 : 1, agency.getInt("wins"), pair::toString);
        }
        assertEquals(6, pair.getJsonArray("bids").size(), "both bids on each shared need");
        assertEquals(3, pair.getJsonArray("bids").getValuesAs(JsonObject.class).stream().filter(bid -> bid.getBoolean("won")).count());
        assertEquals(1, items(list("kind=ROTATING_PAIR&need=" + rotating.get(1))).stream()
                .filter(s -> s.getString("key").equals(pair.getString("key"))).count(), "found through any of its needs");

        assertTrue(items(list("kind=ROTATING_PAIR&agency=" + c.id())).isEmpty(), "three needs together, but c won all of them");
    }

    @Test
    @OperateOnDeployment("probe")
    void aSupervisorReviewsASignalOnceWithACommentThatIsAudited() throws Exception {
        Agency low = Agencies.admitted("330100");
        Agency high = Agencies.admitted("330200");
        long need = Market.published(Market.owner(), "DIRECT", "90000.00", 30, null);
        Market.bidId(low, need, "60000.00");
        Market.bidId(high, need, "60100.00");
        awaitClosed(need);
        String key = items(list("kind=CLOSE_PRICES&need=" + need)).get(0).getString("key");
        String review = SIGNALS + "/" + key + "/review";

        assertFieldError(assertProblem(supervisor.post(review, "{\"comment\":\"   \"}"), 400), "comment");
        assertFieldError(assertProblem(supervisor.post(review, "{}"), 400), "comment");
        assertFieldError(assertProblem(supervisor.post(review, null), 400), "comment");
        assertFieldError(assertProblem(supervisor.post(review, "{\"comment\":\"" + "长".repeat(2001) + "\"}"), 400), "comment");
        assertProblem(supervisor.post(review, "{\"comment\":"), 400);
        assertTrue(items(list("reviewed=false&need=" + need)).stream().anyMatch(s -> s.getString("key").equals(key)),
                "bad input leaves the signal to review");

        String comment = "已核实：两家机构报价相近，系参照同一市场指导价，暂不认定为串标。";
        Api.Reply reviewed = supervisor.post(review, "{\"comment\":\"" + comment + "\"}");
        assertEquals(200, reviewed.status(), reviewed::toString);
        assertTrue(reviewed.json().getBoolean("reviewed"));
        assertEquals(comment, reviewed.json().getJsonObject("review").getString("comment"));
        assertEquals("supervisor", reviewed.json().getJsonObject("review").getString("reviewedBy"));

        JsonObject listed = items(list("reviewed=true&need=" + need)).stream().filter(s -> s.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("not listed as reviewed"));
        assertEquals(comment, listed.getJsonObject("review").getString("comment"));
        assertTrue(listed.getJsonObject("review").containsKey("reviewedAt"));
        assertTrue(items(list("reviewed=false&need=" + need)).stream().noneMatch(s -> s.getString("key").equals(key)));

        List<String[]> audited = audit(key);
        assertEquals(1, audited.size(), "one audit entry for the review");
        assertEquals("SIGNAL_REVIEWED", audited.get(0)[0]);
        assertEquals("supervisor", audited.get(0)[1]);
        assertTrue(audited.get(0)[2].contains(comment) && audited.get(0)[2].contains("60000.00"), audited.get(0)[2]);

        assertProblemCode(assertProblem(supervisor.post(review, "{\"comment\":\"再看一次\"}"), 409), "supervision.already-reviewed");
        assertEquals(1, audit(key).size(), "the refused second review left no entry");
        assertProblem(supervisor.post(SIGNALS + "/CLOSE_PRICES-" + need + "-1-1-2/review", "{\"comment\":\"x\"}"), 404);
        assertProblem(supervisor.post(SIGNALS + "/" + key.replace("CLOSE_PRICES", "SHARED_PHONE") + "/review", "{\"comment\":\"x\"}"), 404);
        assertProblem(supervisor.post(SIGNALS + "/nonsense/review", "{\"comment\":\"x\"}"), 404);
    }

    @Test
    @OperateOnDeployment("probe")
    void theDemoShowsTwoAgenciesBiddingFromOneAddressWithNearlyTheSamePrice() {
        long agency3 = Api.demo("agency3").get("/api/v1/me").json().getJsonObject("organisation").getJsonNumber("id").longValue();
        long agency5 = Api.demo("agency5").get("/api/v1/me").json().getJsonObject("organisation").getJsonNumber("id").longValue();
        JsonObject sharedIp = items(list("kind=SHARED_IP&agency=" + agency3)).stream()
                .filter(s -> agencies(s).equals(Set.of(agency3, agency5))).findFirst().orElseThrow(() -> new AssertionError("no demo case"));
        assertEquals("60.191.37.102", sharedIp.getJsonObject("evidence").getString("sourceIp"));
        assertTrue(items(list("kind=CLOSE_PRICES&need=" + needs(sharedIp).get(0))).stream()
                .anyMatch(s -> agencies(s).equals(Set.of(agency3, agency5))), "and their prices are 0.34 % apart");

        List<String> csv = supervisor.get("/api/v1/signals/export?format=CSV&kind=SHARED_IP&agency=" + agency3).body().lines().toList();
        assertEquals("\uFEFF类型,需求,机构,依据,审查状态,审查意见", csv.get(0));
        assertTrue(csv.stream().skip(1).anyMatch(line -> line.startsWith("来源 IP 相同,") && line.contains("来源 IP 60.191.37.102")),
                () -> String.join("\n", csv));
        assertProblem(Api.demo("agency3").get("/api/v1/signals/export"), 403);
        assertProblem(Api.anonymous().get("/api/v1/signals/export"), 401);
    }

    @Test
    @OperateOnDeployment("probe")
    void onlySupervisorsReadAndReviewSignalsAndBadFiltersAreNamed() {
        assertProblem(Api.anonymous().get(SIGNALS), 401);
        assertProblem(Api.anonymous().post(SIGNALS + "/ROTATING_PAIR-1-2/review", "{\"comment\":\"x\"}"), 401);
        assertProblem(Api.anonymous().post(SIGNALS + "/ROTATING_PAIR-1-2/review", null), 401);
        assertProblem(Market.owner().api().get(SIGNALS), 403);
        assertProblem(Api.demo("agency1").get(SIGNALS), 403);
        assertProblem(Api.demo("admin").get(SIGNALS), 403);
        assertProblem(Api.demo("agency1").post(SIGNALS + "/ROTATING_PAIR-1-2/review", "{\"comment\":\"x\"}"), 403);

        assertFieldError(assertProblem(supervisor.get(SIGNALS + "?kind=PRICE_FIXING"), 400), "kind");
        assertFieldError(assertProblem(supervisor.get(SIGNALS + "?reviewed=maybe"), 400), "reviewed");
        assertFieldError(assertProblem(supervisor.get(SIGNALS + "?need=first"), 400), "need");
        assertFieldError(assertProblem(supervisor.get(SIGNALS + "?agency=1.5"), 400), "agency");
        assertFieldError(assertProblem(supervisor.get(SIGNALS + "?size=101"), 400), "size");
        assertFieldError(assertProblem(supervisor.get(SIGNALS + "?page=-1"), 400), "page");

        JsonObject all = supervisor.get(SIGNALS + "?size=5").json();
        assertTrue(all.getJsonArray("items").size() <= 5 && all.getInt("size") == 5 && all.containsKey("total"), all::toString);
    }

    private JsonObject list(String query) {
        Api.Reply reply = supervisor.get(SIGNALS + "?size=100&" + query);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static Set<Long> agencies(JsonObject signal) {
        return signal.getJsonArray("agencies").getValuesAs(JsonObject.class).stream().map(a -> a.getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    private static List<Long> needs(JsonObject signal) {
        return signal.getJsonArray("needs").getValuesAs(JsonObject.class).stream().map(n -> n.getJsonNumber("id").longValue()).toList();
    }

    private static void awaitClosed(long need) {
        Market.passDeadline(need);
        assertFalse("PUBLISHED".equals(Market.awaitClosed(need).getString("status")), "need " + need + " closed");
    }

    /**
     * Every request of this suite comes from 127.0.0.1, and the server stores the address each bid
     * arrived from as a fact of the bid. Agencies bidding from elsewhere are simulated by writing
     * that fact as it would have been stored, the only way to make two test bids differ in it.
     */
    private void setSourceIp(long bid, String address) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("UPDATE bid SET source_ip = ? WHERE id = ?")) {
            statement.setString(1, address);
            statement.setLong(2, bid);
            assertEquals(1, statement.executeUpdate());
        }
    }

    /** Action, actor and detail of the audit entries recorded against a signal. */
    private List<String[]> audit(String key) throws SQLException {
        List<String[]> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT action, actor, detail FROM audit_entry WHERE entity_type = 'Signal' AND entity_id = ? ORDER BY seq")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
        }
        return entries;
    }
}
