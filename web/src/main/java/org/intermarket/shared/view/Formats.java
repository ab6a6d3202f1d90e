package org.intermarket.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
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

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClockProducer.MARKET_ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A whole number with the grouping of the page's language (12,345 in both zh and en). */
    public String number(long value) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Locale.CHINA : faces.getViewRoot().getLocale();
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
