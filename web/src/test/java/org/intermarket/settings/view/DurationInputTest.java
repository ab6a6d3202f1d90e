package org.intermarket.settings.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DurationInputTest {

    @Test
    void aStoredDurationIsShownInTheLargestUnitThatHoldsItWhole() {
        assertShown("3", DurationInput.Unit.DAYS, Duration.parse("P3D"));
        assertShown("36", DurationInput.Unit.HOURS, Duration.parse("PT36H"));
        assertShown("15", DurationInput.Unit.MINUTES, Duration.parse("PT15M"));
        assertShown("5", DurationInput.Unit.SECONDS, Duration.parse("PT5S"));
        assertShown("0.5", DurationInput.Unit.SECONDS, Duration.parse("PT0.5S"));
    }

    @Test
    void aNumberAndAUnitMakeTheDurationTheApiStores() {
        assertEquals(Optional.of(Duration.ofDays(31)), typed("31", DurationInput.Unit.DAYS));
        assertEquals(Optional.of(Duration.ofHours(36)), typed(" 1.5 ", DurationInput.Unit.DAYS));
        assertEquals(Optional.of(Duration.ofMillis(500)), typed("0.5", DurationInput.Unit.SECONDS));
    }

    @Test
    void nothingButAPositiveNumberWithinReachIsADuration() {
        for (String amount : new String[] {"", "十五", "0", "-3", "1e400", "1e-999999999", "999999999999999"}) {
            assertTrue(typed(amount, DurationInput.Unit.DAYS).isEmpty(), amount);
        }
        assertTrue(typed("3", null).isEmpty(), "no unit");
    }

    @Test
    void aPeriodIsSentAsTheApiWritesItWholeDaysAsDays() {
        assertEquals("P31D", DurationInput.iso(Duration.ofDays(31)));
        assertEquals("PT1H30M", DurationInput.iso(Duration.ofMinutes(90)));
        assertEquals("PT0.5S", DurationInput.iso(Duration.ofMillis(500)));
    }

    private static void assertShown(String amount, DurationInput.Unit unit, Duration duration) {
        DurationInput input = DurationInput.of(duration);
        assertEquals(amount, input.getAmount());
        assertEquals(unit, input.getUnit());
        assertEquals(Optional.of(duration), input.duration(), "saved back unchanged");
    }

    private static Optional<Duration> typed(String amount, DurationInput.Unit unit) {
        DurationInput input = new DurationInput();
        input.setAmount(amount);
        input.setUnit(unit);
        return input.duration();
    }
}
