package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hibernate.stat.Statistics;

/**
 * How many SQL statements one request costs, from Hibernate's statistics, which count every statement of the server.
 * Work running beside the request (the log's sequencer ticks every second) can only add to a count, so the least of a
 * few measurements is the request's own.
 */
final class Statements {

    private static final int TRIES = 3;

    private Statements() {
    }

    static long of(String path, Statistics statistics, java.util.function.Consumer<Api.Reply> check) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < TRIES; i++) {
            statistics.clear();
            Api.Reply reply = Api.anonymous().get(path);
            long statements = statistics.getPrepareStatementCount();
            assertEquals(200, reply.status(), reply::toString);
            check.accept(reply);
            least = Math.min(least, statements);
        }
        return least;
    }
}
