package org.intermarket.settings.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A duration as the settings form takes it: a number and a unit (3 天, 15 minutes) instead of the ISO-8601 text the
 * API stores (P3D). A fraction is allowed (1.5 天), so every stored value, however odd, can be shown and saved back.
 */
public final class DurationInput {

    /** The units the form offers, largest last; each names its label in the bundles, {@code settings.unit.<UNIT>}. */
    public enum Unit {
        SECONDS(1), MINUTES(60), HOURS(3_600), DAYS(86_400);

        private final long seconds;

        Unit(long seconds) {
            this.seconds = seconds;
        }
    }

    /** Digits, and a fraction to the nanosecond: no exponent, whose parsing a hostile value could make cost minutes. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(\\.\\d{1,9})?");

    private String amount;
    private Unit unit;

    /** The duration in the largest unit that holds it whole, as a person would say it: P3D is 3 天, PT36H 36 小时. */
    public static DurationInput of(Duration duration) {
        DurationInput input = new DurationInput();
        BigDecimal seconds = new BigDecimal(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
        input.unit = Unit.SECONDS;
        for (Unit unit : Unit.values()) {
            if (seconds.remainder(BigDecimal.valueOf(unit.seconds)).signum() == 0) {
                input.unit = unit;
            }
        }
        input.amount = seconds.divide(BigDecimal.valueOf(input.unit.seconds)).stripTrailingZeros().toPlainString();
        return input;
    }

    /** The duration typed; empty when the amount is no number, not above zero, or more than a Duration holds. */
    public Optional<Duration> duration() {
        if (amount == null || unit == null || !AMOUNT.matcher(amount.strip()).matches()) {
            return Optional.empty();
        }
        try {
            BigDecimal seconds = new BigDecimal(amount.strip()).multiply(BigDecimal.valueOf(unit.seconds));
            if (seconds.signum() <= 0) {
                return Optional.empty();
            }
            BigDecimal whole = seconds.setScale(0, RoundingMode.DOWN);
            long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact();
            return Optional.of(Duration.ofSeconds(whole.longValueExact(), nanos));
        } catch (ArithmeticException beyondADuration) {
            return Optional.empty();
        }
    }

    /** A period as the API writes it: whole days as days (P31D, where Duration's own text says PT744H), else as Duration does. */
    public static String iso(Duration duration) {
        return duration.getNano() == 0 && duration.getSeconds() % Unit.DAYS.seconds == 0 ? "P" + duration.toDays() + "D" : duration.toString();
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public Unit getUnit() {
        return unit;
    }

    public void setUnit(Unit unit) {
        this.unit = unit;
    }
}
