package org.intermarket.settings;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A consistent snapshot of every setting, defaults filled in. */
public final class MarketSettings {

    private final Map<SettingKey, String> values;

    public MarketSettings(Map<SettingKey, String> stored) {
        EnumMap<SettingKey, String> all = new EnumMap<>(SettingKey.class);
        for (SettingKey key : SettingKey.values()) {
            all.put(key, stored.getOrDefault(key, key.defaultValue()));
        }
        this.values = Collections.unmodifiableMap(all);
    }

    /** Every setting in its stored textual form, in declaration order. */
    public Map<SettingKey, String> asMap() {
        return values;
    }

    public String raw(SettingKey key) {
        return values.get(key);
    }

    public Duration duration(SettingKey key) {
        requireKind(key, SettingKey.Kind.DURATION);
        return Duration.parse(values.get(key));
    }

    public BigDecimal money(SettingKey key) {
        requireKind(key, SettingKey.Kind.MONEY);
        return new BigDecimal(values.get(key));
    }

    public long count(SettingKey key) {
        requireKind(key, SettingKey.Kind.COUNT);
        return Long.parseLong(values.get(key));
    }

    public int percent(SettingKey key) {
        requireKind(key, SettingKey.Kind.PERCENT);
        return Integer.parseInt(values.get(key));
    }

    private static void requireKind(SettingKey key, SettingKey.Kind kind) {
        if (key.kind() != kind) {
            throw new IllegalArgumentException(key.key() + " is a " + key.kind() + ", not a " + kind);
        }
    }
}
