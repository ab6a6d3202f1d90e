package org.intermarket.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MarketClockTest {

    @AfterEach
    void forgetOffset() {
        System.clearProperty(MarketClock.OFFSET_PROPERTY);
    }

    @Test
    void aMovableClockRunsAheadByWhatThePropertySaysNowAndAtEveryLaterReading() {
        Clock clock = MarketClock.create(true);
        assertAbout(Duration.ZERO, clock);
        System.setProperty(MarketClock.OFFSET_PROPERTY, "90000");
        assertAbout(Duration.ofSeconds(90), clock);
        System.setProperty(MarketClock.OFFSET_PROPERTY, "3600000");
        assertAbout(Duration.ofHours(1), clock);
        assertEquals(Duration.ofHours(1), MarketClock.offset(clock));
        assertEquals(ClockProducer.MARKET_ZONE, clock.getZone());
        assertAbout(Duration.ofHours(1), clock.withZone(java.time.ZoneOffset.UTC));
    }

    @Test
    void productionsClockIsTheSystemsWhateverThePropertySays() {
        System.setProperty(MarketClock.OFFSET_PROPERTY, "3600000");
        Clock clock = MarketClock.create(false);
        assertAbout(Duration.ZERO, clock);
        assertEquals(Duration.ZERO, MarketClock.offset(clock));
    }

    @Test
    void aTimerIsGivenTheSystemTimeOfAMarketMoment() {
        Instant moment = Instant.parse("2026-12-07T09:00:00Z");
        assertEquals(moment, MarketClock.systemDate(moment).toInstant(), "this JVM's clock is not movable");
    }

    private static void assertAbout(Duration ahead, Clock clock) {
        Duration measured = Duration.between(Instant.now(), clock.instant());
        assertTrue(measured.minus(ahead).abs().compareTo(Duration.ofSeconds(1)) < 0, "ahead by " + measured + ", expected " + ahead);
    }
}
