package org.intermarket.shared.view;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.StringJoiner;
import org.intermarket.shared.StoredText;

/**
 * A stored text in one language: its kind by name ({@code text.<code>}), then each fact as its label
 * ({@code fact.<name>}) and its value, a time in market time, an amount with the language's grouping, a coded value (a
 * selection method, a severity) by its name, and a fact that is itself a stored text (a contract's lapse inside the
 * need's reason) rendered the same way. Pages and the inbox both show stored texts through this, so a reason reads
 * alike wherever it appears. A text stored before texts were kept as facts is shown as it was written.
 */
public final class StoredTextFormat {

    /** Facts that are amounts of money. */
    private static final Set<String> AMOUNTS = Set.of("price", "ceiling", "ceilingBefore");

    /** Facts whose value is a code the bundle names under the given prefix. */
    private static final Map<String, String> CODED = Map.of("method", "method.", "severity", "severity.", "role", "role.");

    private final ResourceBundle bundle;
    private final Locale locale;

    public StoredTextFormat(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public String render(String stored) {
        return StoredText.decode(stored).map(this::render).orElse(stored == null ? "" : stored);
    }

    public String render(StoredText text) {
        StringJoiner shown = new StringJoiner(" · ");
        if (text.code() != null) {
            shown.add(textOr("text." + text.code(), text.code()));
        }
        text.facts().forEach((name, value) -> shown.add(fact(name, value)));
        return shown.toString();
    }

    private String fact(String name, String value) {
        String label = textOr("fact." + name, name);
        if ("true".equals(value)) {
            return label;
        }
        return label + " " + value(name, value);
    }

    private String value(String name, String value) {
        if (value.startsWith("{")) {
            return StoredText.decode(value).map(this::render).orElse(value);
        }
        if (AMOUNTS.contains(name)) {
            try {
                return MessageFormat.format(textOr("fact.amount", "{0}"), Formats.decimal(new BigDecimal(value), locale));
            } catch (NumberFormatException notAnAmount) {
                return value;
            }
        }
        if (CODED.containsKey(name)) {
            return textOr(CODED.get(name) + value, value);
        }
        if (value.startsWith("P")) {
            try {
                return period(Duration.parse(value));
            } catch (DateTimeParseException notAPeriod) {
                return value;
            }
        }
        if (value.length() >= 20 && value.charAt(10) == 'T' && value.endsWith("Z")) {
            try {
                return Formats.DATE_TIME.format(Instant.parse(value));
            } catch (DateTimeParseException notATime) {
                return value;
            }
        }
        return value;
    }

    /** A period as a setting typed it (P3D), in words of the reader's language, as the settings page shows it. */
    private String period(Duration period) {
        long seconds = period.toSeconds();
        if (period.toMillis() % 1000 != 0) {
            return period.toString();
        }
        if (seconds % 86_400 == 0) {
            return MessageFormat.format(textOr("settings.days", "{0} d"), period.toDays());
        }
        if (seconds % 3_600 == 0) {
            return MessageFormat.format(textOr("settings.hours", "{0} h"), period.toHours());
        }
        if (seconds % 60 == 0) {
            return MessageFormat.format(textOr("settings.minutes", "{0} min"), period.toMinutes());
        }
        return MessageFormat.format(textOr("settings.seconds", "{0} s"), seconds);
    }

    private String textOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
