package org.intermarket.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.intermarket.shared.StoredText;

/**
 * Shows a stored text (a timeline entry's detail, an amendment's changes) in the reader's language: each fact as its
 * label ({@code fact.<name>}) and its value, a time in market time, an amount with the language's grouping, a coded
 * value (a selection method, a severity) by its name in the bundle. A text stored before texts were kept as facts is
 * shown as it was written.
 */
@Named
@ApplicationScoped
public class StoredTexts {

    /** Facts that are amounts of money. */
    private static final Set<String> AMOUNTS = Set.of("price", "ceiling", "ceilingBefore");

    /** Facts whose value is a code the bundle names under the given prefix. */
    private static final Map<String, String> CODED = Map.of("method", "method.", "severity", "severity.", "role", "role.");

    @Inject
    private Formats formats;

    public String render(String stored) {
        return StoredText.decode(stored).map(this::render).orElse(stored == null ? "" : stored);
    }

    private String render(StoredText text) {
        StringJoiner shown = new StringJoiner(" · ");
        text.facts().forEach((name, value) -> shown.add(fact(name, value)));
        return shown.toString();
    }

    private String fact(String name, String value) {
        String label = Messages.textOr("fact." + name, name);
        if ("true".equals(value)) {
            return label;
        }
        return label + " " + value(name, value);
    }

    private String value(String name, String value) {
        if (AMOUNTS.contains(name)) {
            try {
                return Messages.text("fact.amount", formats.decimal(new BigDecimal(value)));
            } catch (NumberFormatException notAnAmount) {
                return value;
            }
        }
        if (CODED.containsKey(name)) {
            return Messages.textOr(CODED.get(name) + value, value);
        }
        if (value.length() >= 20 && value.charAt(10) == 'T' && value.endsWith("Z")) {
            try {
                return formats.dateTime(Instant.parse(value));
            } catch (DateTimeParseException notATime) {
                return value;
            }
        }
        return value;
    }
}
