package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deadline, judged by receipt time, and closing, which must see every bid received in time. Runs inside the
 * server to hold a bid's transaction open across the deadline with plain JDBC, as a slow transaction of the market
 * would hold it, and to see the server's own threads and sessions: the market clock is moved across the deadline
 * while a bid's body is still on its way and while its transaction is still open, rather than waited for.
 */
@ExtendWith(FastMarket.class)
class DeadlineIT extends ProbeTest {

    /** The settle period this test sets: closing starts this long after the deadline. */
    private static final Duration SETTLE = Duration.ofSeconds(2);

    /** Closing waits until no bid of the need has been stored for this long (NeedClosing.QUIET). */
    private static final Duration QUIET = Duration.ofSeconds(2);

    /** How long a test looks for what the server is bound to do in a moment before it gives up. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(name = "probe", order = 2)
    static WebArchive probe() {
        return probe(DeadlineIT.class);
    }

    @Test
    @OperateOnDeployment("probe")
    void everyBidReceivedInTimeCountsHoweverLateItIsStoredAndNoneReceivedLate() throws Exception {
        JsonObject settings = Market.overrideSettings("{\"bidSettlePeriod\":\"" + SETTLE + "\"}");
        try {
            Bidding bidding = Bidding.open();
            List<Agencies.Agency> agencies = bidding.agencies();
            Market.Owner owner = bidding.owner();
            long need = bidding.need();
            Instant deadline = bidding.deadline();
            assertEquals(200, Market.bid(agencies.get(0), need, "120000.00").status());

            // Sent a second before the deadline, the rest of its body arriving only after it: received in time.
            TestClock.advanceTo(deadline.minusSeconds(1));
            CountDownLatch restOfTheBody = new CountDownLatch(1);
            CompletableFuture<Api.Reply> slow = CompletableFuture.supplyAsync(() -> agencies.get(1).api().sendPublished("PUT",
                    "/api/v1/needs/" + need + "/bids/mine", Api.heldBody("{\"price\":\"110000.00\",\"serviceDays\":20,".getBytes(StandardCharsets.UTF_8), restOfTheBody,
                            PATIENCE, "\"plan\":\"分两阶段完成\"}".getBytes(StandardCharsets.UTF_8)), "application/json"));
            awaitABodyBeingRead();
            TestClock.advanceTo(deadline.plusMillis(800));
            restOfTheBody.countDown();
            Api.Reply slowReply = slow.get();
            assertEquals(200, slowReply.status(), slowReply::toString);
            assertTrue(Instant.parse(slowReply.json().getJsonObject("receipt").getString("receivedAt")).isBefore(deadline),
                    "judged by when it was received, not when it was stored: " + slowReply);

            Api.Reply late = Market.bid(agencies.get(0), need, "100000.00");
            assertEquals(409, late.status(), "received after the deadline, while bidding is still open: " + late);
            assertEquals("PUBLISHED", status(need));

            // A transaction still running when closing begins: closing must wait for it, and count its bid.
            holdOpenBidUntilClosingWaitsForIt(need, agencies.get(2).id(), deadline.minusMillis(400));

            JsonObject closed = Market.awaitClosed(need);
            assertEquals("BIDDING_CLOSED", closed.getString("status"), "three valid bids, so not failed: " + closed);
            List<JsonObject> bids = owner.api().get("/api/v1/needs/" + need + "/bids").jsonArray().getValuesAs(JsonObject.class);
            assertEquals(3, bids.size(), bids::toString);
            assertTrue(bids.stream().anyMatch(b -> b.getString("price").equals("120000.00")), "the late replacement changed nothing");
            assertTrue(bids.stream().anyMatch(b -> b.getJsonNumber("agencyId").longValue() == agencies.get(2).id()),
                    "the bid whose transaction ran across the deadline and into closing counts");
        } finally {
            Market.restoreSettings(settings);
        }
    }

    /**
     * A rush is stored over seconds after the deadline: closing waits while bids received in time are still being
     * stored, past the settle period, and counts them all once the stream has stopped.
     */
    @Test
    @OperateOnDeployment("probe")
    void closingWaitsWhileBidsReceivedInTimeAreStillBeingStored() throws Exception {
        List<Agencies.Agency> agencies = List.of(Agencies.admitted("330100"), Agencies.admitted("330200"), Agencies.admitted("320100"));
        Market.Owner owner = Market.owner();
        long need = Market.published(owner, "LOWEST_PRICE", "150000.00", 30, null);
        Instant deadline = Instant.parse(Api.anonymous().get("/api/v1/needs/" + need).json().getString("bidDeadline"));

        TestClock.advanceTo(deadline.plusMillis(300));
        storeBid(need, agencies.get(0).id(), deadline.minusMillis(30));
        TestClock.advanceTo(deadline.plusMillis(1800));
        assertEquals("PUBLISHED", status(need), "the settle period (1 s) is over, but a bid was stored 1.5 s ago");
        storeBid(need, agencies.get(1).id(), deadline.minusMillis(20));
        TestClock.advanceTo(deadline.plusMillis(3300));
        assertEquals("PUBLISHED", status(need), "still being stored 1.5 s ago");
        storeBid(need, agencies.get(2).id(), deadline.minusMillis(10));

        JsonObject closed = Market.awaitClosed(need);
        assertEquals("BIDDING_CLOSED", closed.getString("status"), "all three counted, so not failed: " + closed);
        assertEquals(3, owner.api().get("/api/v1/needs/" + need + "/bids").jsonArray().size());
    }

    /**
     * A real bid, through the API, whose transaction is still running when closing begins: it holds the need's shared
     * lock as every bid does (in memory on H2, FOR SHARE on PostgreSQL) and is held up inside its transaction by this
     * test, which holds the row of the bid it replaces. Closing must wait for it and count the replacement.
     */
    @Test
    @OperateOnDeployment("probe")
    void closingWaitsForABidThatTookTheSharedLockAndCountsIt() throws Exception {
        JsonObject settings = Market.overrideSettings("{\"bidSettlePeriod\":\"" + SETTLE + "\"}");
        try {
            Bidding bidding = Bidding.open();
            List<Agencies.Agency> agencies = bidding.agencies();
            Market.Owner owner = bidding.owner();
            long need = bidding.need();
            Instant deadline = bidding.deadline();
            for (Agencies.Agency agency : agencies) {
                assertEquals(200, Market.bid(agency, need, "120000.00").status());
            }
            TestClock.advanceTo(deadline.minusSeconds(1));
            Agencies.Agency replacing = agencies.get(2);
            CompletableFuture<Api.Reply> replacement;
            try (Connection holder = dataSource.getConnection()) {
                holder.setAutoCommit(false);
                try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM bid WHERE need_id = ? AND agency_id = ? FOR UPDATE")) {
                    lock.setLong(1, need);
                    lock.setLong(2, replacing.id());
                    try (ResultSet row = lock.executeQuery()) {
                        assertTrue(row.next());
                    }
                }
                replacement = CompletableFuture.supplyAsync(() -> Market.bid(replacing, need, "118000.00"));
                boolean postgres = holder.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
                // the replacement has taken the need's shared lock and waits for the row this test holds
                awaitAnotherSessionWaitingFor(holder, postgres);
                TestClock.advanceTo(deadline.plus(SETTLE).plus(QUIET).plusMillis(500));
                Thread.sleep(1500);
                assertEquals("PUBLISHED", status(need), "closing is due, and waits for the bid in flight");
                holder.commit();
            }
            Api.Reply reply = replacement.get();
            assertEquals(200, reply.status(), reply::toString);
            assertTrue(Instant.parse(reply.json().getJsonObject("receipt").getString("receivedAt")).isBefore(deadline), reply::toString);
            JsonObject closed = Market.awaitClosed(need);
            assertEquals("BIDDING_CLOSED", closed.getString("status"), closed::toString);
            List<JsonObject> bids = owner.api().get("/api/v1/needs/" + need + "/bids").jsonArray().getValuesAs(JsonObject.class);
            assertEquals(3, bids.size(), bids::toString);
            assertTrue(bids.stream().anyMatch(b -> b.getString("price").equals("118000.00")),
                    "the replacement stored after closing began counts: " + bids);
        } finally {
            Market.restoreSettings(settings);
        }
    }

    /** Three admitted agencies of three regions and a new owner's need, published to close in 30 s. */
    private record Bidding(List<Agencies.Agency> agencies, Market.Owner owner, long need, Instant deadline) {

        static Bidding open() {
            List<Agencies.Agency> agencies = List.of(Agencies.admitted("330100"), Agencies.admitted("330200"), Agencies.admitted("320100"));
            Market.Owner owner = Market.owner();
            long need = Market.published(owner, "LOWEST_PRICE", "150000.00", 30, null);
            return new Bidding(agencies, owner, need, Instant.parse(Api.anonymous().get("/api/v1/needs/" + need).json().getString("bidDeadline")));
        }
    }

    private static String status(long need) {
        return Api.anonymous().get("/api/v1/needs/" + need).json().getString("status");
    }

    /** Stores a bid received at {@code receivedAt} now, as the market does when it works off a queue of bids. */
    private void storeBid(long need, long agency, Instant receivedAt) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO bid (need_id, bid_round, agency_id, price, service_days,"
                     + " plan, status, first_submitted_at, submitted_at, confirmed, selected_among, changed_at)"
                     + " SELECT id, bid_round, ?, 125000.00, 20, '排队写入的报价', 'LIVE', ?, ?, TRUE, FALSE, ? FROM need WHERE id = ?")) {
            insert.setLong(1, agency);
            insert.setTimestamp(2, Timestamp.from(receivedAt));
            insert.setTimestamp(3, Timestamp.from(receivedAt));
            insert.setTimestamp(4, Timestamp.from(TestClock.now()));
            insert.setLong(5, need);
            assertEquals(1, insert.executeUpdate());
        }
    }

    /**
     * Takes the need's row lock as a bid does (shared on PostgreSQL; H2 has only the exclusive one), stores a bid
     * received at {@code receivedAt}, moves the clock to when the need may close, and commits only once closing has
     * begun and waits for this transaction's lock.
     */
    private void holdOpenBidUntilClosingWaitsForIt(long need, long agency, Instant receivedAt) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            try (PreparedStatement lock = connection.prepareStatement("SELECT bid_round FROM need WHERE id = ? FOR " + (postgres ? "SHARE" : "UPDATE"))) {
                lock.setLong(1, need);
                try (ResultSet round = lock.executeQuery()) {
                    round.next();
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bid (need_id, bid_round, agency_id, price, service_days,"
                            + " plan, status, first_submitted_at, submitted_at, confirmed, selected_among) VALUES (?, ?, ?, 115000.00, 22, ?, 'LIVE', ?, ?, TRUE, FALSE)")) {
                        insert.setLong(1, need);
                        insert.setInt(2, round.getInt(1));
                        insert.setLong(3, agency);
                        insert.setString(4, "在截止前收到，截止后才写完");
                        insert.setTimestamp(5, Timestamp.from(receivedAt));
                        insert.setTimestamp(6, Timestamp.from(receivedAt));
                        insert.executeUpdate();
                    }
                }
            }
            // closing may start once the settle period is over (it is by now) and no bid was stored for QUIET: the slow
            // bid was stored a moment ago
            TestClock.advanceTo(TestClock.now().plus(QUIET).plusMillis(500));
            awaitAnotherSessionWaitingFor(connection, postgres);
            connection.commit();
        }
    }

    /** Until another session waits for a lock this connection's transaction holds: here, closing at the need's row. */
    private void awaitAnotherSessionWaitingFor(Connection holder, boolean postgres) throws SQLException {
        long holderId;
        try (PreparedStatement me = holder.prepareStatement(postgres ? "SELECT pg_backend_pid()" : "SELECT SESSION_ID()")) {
            holderId = number(me);
        }
        // another connection: PostgreSQL shows a transaction one snapshot of the sessions, taken at its first look
        String waiting = postgres
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))"
                : "SELECT COUNT(*) FROM information_schema.sessions WHERE blocker_id = ?";
        try (Connection look = dataSource.getConnection(); PreparedStatement blocked = look.prepareStatement(waiting)) {
            blocked.setLong(1, holderId);
            Instant giveUp = Instant.now().plus(PATIENCE);
            while (number(blocked) == 0) {
                assertTrue(Instant.now().isBefore(giveUp), "no other session ever waited for a lock this transaction holds");
                Market.pause();
            }
        }
    }

    /** The first column of a query's one row. */
    private static long number(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Until a worker of this server reads a request's body: that request has entered the application, so its arrival
     * is taken ({@code RequestArrival}) and moving the clock on cannot change when it was received.
     */
    private static void awaitABodyBeingRead() {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Thread.getAllStackTraces().values().stream().noneMatch(DeadlineIT::readsARequestBody)) {
            assertTrue(Instant.now().isBefore(giveUp), "the server never began to read the slow bid's body");
            Market.pause();
        }
    }

    private static boolean readsARequestBody(StackTraceElement[] stack) {
        return Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals("io.undertow.servlet.spec.ServletInputStreamImpl"));
    }
}
