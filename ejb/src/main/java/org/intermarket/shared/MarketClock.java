package org.intermarket.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.logging.Logger;

/**
 * The market's clock: the system's, in the market's time zone. A test server (started with
 * {@value #MOVABLE_PROPERTY}{@code =true}) runs it ahead of the system's by the milliseconds in the system property
 * {@value #OFFSET_PROPERTY}, which the suite moves forward through the server's management interface instead of
 * waiting for a deadline or a notice period to pass. Production never sets the switch, so nothing can move its time.
 */
public final class MarketClock {

    /** Read once at start-up: only a server started as a test server has a movable clock. */
    public static final String MOVABLE_PROPERTY = "intermarket.clock.movable";

    /** Milliseconds the market runs ahead of the system's clock; read at every tick of a movable clock. */
    public static final String OFFSET_PROPERTY = "intermarket.clock.offset";

    private static final Logger LOG = Logger.getLogger(MarketClock.class.getName());

    private static final Clock CLOCK = create(Boolean.getBoolean(MOVABLE_PROPERTY));

    private MarketClock() {
    }

    /** The one clock of the market, for beans ({@link ClockProducer}) and for code outside CDI. */
    public static Clock clock() {
        return CLOCK;
    }

    /** True on a test server, whose market time the suite moves forward. */
    public static boolean isMovable() {
        return CLOCK instanceof Movable;
    }

    /** How far market time is ahead of the system's now (zero unless a test moved it). */
    public static Duration offset() {
        return offset(CLOCK);
    }

    static Duration offset(Clock clock) {
        return clock instanceof Movable movable ? movable.offset() : Duration.ZERO;
    }

    /**
     * The system time at which the market's clock shows {@code marketTime}: what a timer service, which counts in
     * system time, is given for a moment of the market.
     */
    public static Date systemDate(Instant marketTime) {
        return Date.from(marketTime.minus(offset()));
    }

    static Clock create(boolean movable) {
        Clock system = Clock.system(ClockProducer.MARKET_ZONE);
        if (!movable) {
            return system;
        }
        LOG.warning("the market clock can be moved through the system property " + OFFSET_PROPERTY + ": a test server");
        return new Movable(system);
    }

    /** The system clock plus the offset the property holds now; the last parsed value is kept to read it cheaply. */
    private static final class Movable extends Clock {

        private final Clock system;
        private volatile Parsed last = new Parsed(null, 0);

        Movable(Clock system) {
            this.system = system;
        }

        Duration offset() {
            String value = System.getProperty(OFFSET_PROPERTY);
            Parsed parsed = last;
            if (value == null || value.isBlank()) {
                return Duration.ZERO;
            }
            if (!value.equals(parsed.text())) {
                parsed = new Parsed(value, Long.parseLong(value.trim()));
                last = parsed;
            }
            return Duration.ofMillis(parsed.millis());
        }

        @Override
        public Instant instant() {
            return system.instant().plus(offset());
        }

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Movable(system.withZone(zone));
        }

        private record Parsed(String text, long millis) {
        }
    }
}
