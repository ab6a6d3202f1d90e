package org.intermarket.settings.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.intermarket.settings.MarketSettings;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.view.Formats;
import org.intermarket.shared.view.Messages;

/**
 * admin/settings.xhtml: every configurable number of the market with its current value in words,
 * and one form to change any of them, a period as a number and a unit ({@link DurationInput}). Only
 * the values that differ are sent, so saving an untouched form records nothing; one invalid value
 * keeps the whole change back, as the API does.
 */
@Named
@RequestScoped
public class SettingsPage {

    private static final BigDecimal MEBIBYTE = BigDecimal.valueOf(1024 * 1024);

    /** Every setting at its default: what the market starts with when nothing is stored. */
    private static final MarketSettings DEFAULTS = new MarketSettings(Map.of());

    @Inject
    private SettingsService settings;

    @Inject
    private Formats formats;

    private MarketSettings current;
    private Map<String, String> values;
    private Map<String, DurationInput> durations;

    public List<SettingKey> getKeys() {
        return List.of(SettingKey.values());
    }

    public List<DurationInput.Unit> getUnits() {
        return List.of(DurationInput.Unit.values());
    }

    /** The form's amounts and counts by key, filled with the current ones, which the posted ones then replace. */
    public Map<String, String> getValues() {
        if (values == null) {
            values = new HashMap<>();
            current().asMap().forEach((key, value) -> {
                if (key.kind() != SettingKey.Kind.DURATION) {
                    values.put(key.key(), value);
                }
            });
        }
        return values;
    }

    /** The form's periods by key, as a number and a unit, filled with the current ones as {@link #getValues()}. */
    public Map<String, DurationInput> getDurations() {
        if (durations == null) {
            durations = new HashMap<>();
            getKeys().stream().filter(key -> key.kind() == SettingKey.Kind.DURATION)
                    .forEach(key -> durations.put(key.key(), DurationInput.of(current().duration(key))));
        }
        return durations;
    }

    public void save() {
        Map<String, String> changes = new LinkedHashMap<>();
        boolean valid = true;
        for (SettingKey key : SettingKey.values()) {
            if (key.kind() == SettingKey.Kind.DURATION) {
                // Compared as periods, not as text: 72 小时 is the 3 天 stored, and saves nothing.
                Optional<Duration> typed = getDurations().get(key.key()).duration();
                if (typed.isEmpty()) {
                    invalid(key);
                    valid = false;
                } else if (!typed.get().equals(current().duration(key))) {
                    changes.put(key.key(), DurationInput.iso(typed.get()));
                }
                continue;
            }
            String value = getValues().get(key.key());
            if (value != null && !value.strip().equalsIgnoreCase(current().raw(key))) {
                changes.put(key.key(), value);
            }
        }
        if (!valid) {
            return;
        }
        if (changes.isEmpty()) {
            Messages.info("settings.unchanged");
            return;
        }
        try {
            current = settings.change(changes);
            values = null;
            durations = null;
            Messages.info("settings.saved", changes.size());
        } catch (InvalidInputException invalid) {
            // The service explains in English for API clients; the page names the setting and the form it takes.
            invalid.fieldErrors().forEach(error -> invalid(SettingKey.byKey(error.field())));
        }
    }

    private static void invalid(SettingKey key) {
        Messages.error("settings.invalid." + key.kind(), Messages.text("settings.key." + key.key()));
    }

    /** The current value as a reader says it: "3 天", "15 minutes", "100,000.00", "50 MB". */
    public String readable(SettingKey key) {
        return inWords(key, current());
    }

    /** The default in the same words as the current value, so the two compare at a glance (the field's hint shows how to type it). */
    public String readableDefault(SettingKey key) {
        return inWords(key, DEFAULTS);
    }

    private String inWords(SettingKey key, MarketSettings settings) {
        return switch (key.kind()) {
            case DURATION -> formats.duration(settings.duration(key));
            case MONEY -> formats.decimal(settings.money(key));
            case COUNT -> key == SettingKey.MAX_UPLOAD_BYTES
                    ? Messages.text("settings.megabytes", formats.decimal(BigDecimal.valueOf(settings.count(key)).divide(MEBIBYTE, 1, RoundingMode.HALF_UP)))
                    : formats.number(settings.count(key));
            case PERCENT -> formats.number(settings.percent(key)) + " %";
        };
    }

    private MarketSettings current() {
        if (current == null) {
            current = settings.forAdministrator();
        }
        return current;
    }
}
