package org.intermarket.shared;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A text the market stores for later readers (an audit entry's detail, a credit change's reason, an amendment's
 * changes) kept as a code and named facts instead of a sentence, so that each reader gets it in their own language
 * and time zone when it is shown, and a machine can read it. Stored as a small JSON object: the code under
 * {@code "@"} (absent where the record's own kind is the code, as an audit entry's action), then the facts in the
 * order given, every value a string: a time as an ISO-8601 instant (to the millisecond: a bid's receipt time is), a date as ISO-8601, an enum by
 * its name, an amount as plain digits. Free text a person typed (a reason) is one fact among them, kept as typed,
 * up to {@link #MAX_FACT} characters.
 */
public final class StoredText {

    public static final String CODE = "@";

    /** A typed reason is at most 4000 characters where it is first stored; the copy here stays readable. */
    public static final int MAX_FACT = 1000;

    private final String code;
    private final Map<String, String> facts;

    private StoredText(String code, Map<String, String> facts) {
        this.code = code;
        this.facts = Collections.unmodifiableMap(facts);
    }

    /** Facts without a code of their own: name, value, name, value…; null values are left out. */
    public static StoredText facts(Object... namesAndValues) {
        return of(null, namesAndValues);
    }

    public static StoredText of(String code, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("facts come in pairs of a name and a value");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                facts.put((String) namesAndValues[i], stored(namesAndValues[i + 1]));
            }
        }
        return new StoredText(code, facts);
    }

    /** Reads a stored text back; empty for text stored before texts were kept this way (a plain sentence). */
    public static Optional<StoredText> decode(String stored) {
        if (stored == null || !stored.startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonObject object = JsonProcessing.PROVIDER.createReader(new StringReader(stored)).readObject();
            Map<String, String> facts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> fact : object.entrySet()) {
                if (!fact.getKey().equals(CODE)) {
                    facts.put(fact.getKey(), fact.getValue() instanceof JsonString text ? text.getString() : fact.getValue().toString());
                }
            }
            return Optional.of(new StoredText(object.containsKey(CODE) ? object.getString(CODE) : null, facts));
        } catch (JsonException | ClassCastException notOurs) {
            return Optional.empty();
        }
    }

    /** These facts followed by those of {@code more}, under this text's code. */
    public StoredText and(StoredText more) {
        Map<String, String> all = new LinkedHashMap<>(facts);
        all.putAll(more.facts);
        return new StoredText(code, all);
    }

    public String encode() {
        JsonObjectBuilder object = JsonProcessing.PROVIDER.createObjectBuilder();
        if (code != null) {
            object.add(CODE, code);
        }
        facts.forEach(object::add);
        return object.build().toString();
    }

    /** The kind of text, e.g. {@code violation}; null where the record's own kind names it. */
    public String code() {
        return code;
    }

    public Map<String, String> facts() {
        return facts;
    }

    private static String stored(Object value) {
        if (value instanceof Instant instant) {
            return instant.truncatedTo(ChronoUnit.MILLIS).toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        String text = String.valueOf(value);
        return text.length() > MAX_FACT ? text.substring(0, MAX_FACT - 1) + "…" : text;
    }

    @Override
    public String toString() {
        return encode();
    }
}
