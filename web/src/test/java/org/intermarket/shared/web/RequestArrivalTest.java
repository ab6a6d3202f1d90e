package org.intermarket.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestArrivalTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00.400Z");

    @Test
    void aRequestThatWaitedForAWorkerIsReceivedWhenTheListenerReadIt() {
        long readAt = 5_000_000_000L;
        long workerFreeAt = readAt + 650_000_000L;
        assertEquals(Instant.parse("2026-12-07T08:59:59.750Z"), RequestArrival.receivedAt(readAt, workerFreeAt, NOW),
                "a bid read 0.35 s before a 09:00 deadline counts, though a worker got to it 0.3 s after");
    }

    @Test
    void withoutARecordedStartTheRequestIsReceivedNow() {
        assertEquals(NOW, RequestArrival.receivedAt(-1, 5_000_000_000L, NOW));
        assertEquals(NOW, RequestArrival.receivedAt(6_000_000_000L, 5_000_000_000L, NOW), "a start after now is no start");
    }
}
