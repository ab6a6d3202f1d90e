package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hibernate.stat.Statistics;

/**
 * How many SQL statements one request costs, from Hibernate's statistics, which count every statement of the server.
 * Work running beside the request (the log's sequencer ticks every second, the test server's clock watch looks for due
 * needs four times a second) can only add to a count, so the least of several measurements is the request's own; on a
 * loaded machine a slow request overlaps a look of the watch more often than not, hence six of them.
 */
final class Statements {

    private static final int TRIES = 6;

    private Statements() {
    }

    static long of(String path, Statistics statistics, java.util.function.Consumer<Api.Reply> check) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < TRIES; i++) {
            statistics.clear();
            // rendered anew, not the answer kept for anonymous readers: what is counted is the work of answering
            Api.Reply reply = Api.anonymous().read("GET", path, java.util.Map.of("Cache-Control", "no-cache"));
            long statements = statistics.getPrepareStatementCount();
            assertEquals(200, reply.status(), reply::toString);
            check.accept(reply);
            least = Math.min(least, statements);
        }
        return least;
    }
}
