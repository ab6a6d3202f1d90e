package org.intermarket.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.intermarket.shared.ClockProducer;

/**
 * Times as pages show them: in the market's own time zone (China Standard Time), whatever the
 * server's zone; Faces' converter cannot format an Instant with a pattern.
 */
@Named
@ApplicationScoped
public class Formats {

    /** A time as every page, the inbox and the stored texts show it, to the minute in market time. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClockProducer.MARKET_ZONE);

    private static final DateTimeFormatter PRECISE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ClockProducer.MARKET_ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A period in words of the page's language: 3 天, 1 hour, 30 秒; an odd one as ISO-8601. */
    public String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 86_400 == 0) {
            return Messages.text("settings.days", duration.toDays());
        }
        if (seconds % 3_600 == 0) {
            return Messages.text("settings.hours", duration.toHours());
        }
        if (seconds % 60 == 0) {
            return Messages.text("settings.minutes", duration.toMinutes());
        }
        return duration.toMillis() % 1000 == 0 ? Messages.text("settings.seconds", seconds) : duration.toString();
    }

    /** To the millisecond, Beijing time: a bid's receipt time, as exact as the server took it. */
    public String preciseTime(Instant instant) {
        return instant == null ? "" : PRECISE.format(instant);
    }

    /** A whole number with the grouping of the page's language (12,345 in both zh and en). */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A decimal with the grouping of the page's language and as many decimals as it carries; empty for none. */
    public String decimal(BigDecimal value) {
        return value == null ? "" : decimal(value, locale());
    }

    /** A decimal as {@code locale} groups it, with as many decimals as it carries: for texts rendered outside a page. */
    public static String decimal(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /** A proportion (0.1234) as the page's language writes a percentage, to two decimals (12.34%); empty for none. */
    public String percent(BigDecimal proportion) {
        if (proportion == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(proportion);
    }

    /**
     * A value a message carries, as a page shows it: a time in market time, a period in words, a decimal with the
     * language's grouping; anything else as it is. Messages use it so no ISO-8601 text reaches a page.
     */
    public String shown(Object value) {
        if (value instanceof Instant instant) {
            return dateTime(instant);
        }
        if (value instanceof Duration duration) {
            return duration(duration);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal(decimal);
        }
        return String.valueOf(value);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.CHINA : faces.getViewRoot().getLocale();
    }
}
