package org.intermarket.mail;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.intermarket.shared.ClockProducer;

/** When a daily digest goes out: at its subscriber's hour, in Beijing time. */
final class DigestHour {

    private DigestHour() {
    }

    /** The next time {@code hour} strikes in Beijing after {@code now} (the hour now is tomorrow's). */
    static Instant next(int hour, Instant now) {
        ZonedDateTime beijing = now.atZone(ClockProducer.MARKET_ZONE);
        ZonedDateTime today = beijing.toLocalDate().atTime(LocalTime.of(hour, 0)).atZone(ClockProducer.MARKET_ZONE);
        return (today.isAfter(beijing) ? today : today.plusDays(1)).toInstant();
    }
}
