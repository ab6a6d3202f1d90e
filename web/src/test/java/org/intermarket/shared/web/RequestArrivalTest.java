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

    @Test
    void behindATrustedBalancerARequestIsReceivedWhenTheBalancerReadIt() {
        Instant atNode = Instant.parse("2026-12-07T09:00:00.300Z");
        long systemNow = NOW.toEpochMilli();
        assertEquals(Instant.parse("2026-12-07T08:59:59.900Z"),
                RequestArrival.receivedAt(atNode, "t=" + (systemNow - 500), systemNow, NOW),
                "read by the balancer 0.1 s before a 09:00 deadline, by the node 0.3 s after: it counts");
    }

    @Test
    void aBalancerReadingOnAMovedMarketClockKeepsItsDistanceFromNow() {
        Instant marketNow = NOW.plusSeconds(3600);
        long systemNow = NOW.toEpochMilli();
        assertEquals(marketNow.minusMillis(250),
                RequestArrival.receivedAt(marketNow, "t=" + (systemNow - 250), systemNow, marketNow));
    }

    @Test
    void aBalancerReadingThatCannotBeRightLeavesTheNodesOwn() {
        Instant atNode = Instant.parse("2026-12-07T09:00:00.300Z");
        long systemNow = NOW.toEpochMilli();
        assertEquals(atNode, RequestArrival.receivedAt(atNode, null, systemNow, NOW), "no reading");
        assertEquals(atNode, RequestArrival.receivedAt(atNode, "t=" + (systemNow + 50), systemNow, NOW), "a balancer clock ahead of ours");
        assertEquals(atNode, RequestArrival.receivedAt(atNode, "t=" + (systemNow - 10_001), systemNow, NOW), "longer ago than a queue lasts");
        assertEquals(atNode, RequestArrival.receivedAt(atNode, "t=soon", systemNow, NOW), "unreadable");
        assertEquals(atNode, RequestArrival.receivedAt(atNode, String.valueOf(systemNow - 500), systemNow, NOW), "not in its format");
        assertEquals(atNode, RequestArrival.receivedAt(atNode, "t=" + (systemNow - 50), systemNow, NOW),
                "a reading after the node's own (clocks of two machines) never makes a request later");
    }
}
