package org.intermarket.shared.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * What every JSON request body must be before anything binds it: complete, well-formed JSON, at most
 * {@link #MAX_BYTES} bytes, nested at most {@link #MAX_DEPTH} deep, with numbers of a sane size. One pass of
 * the streaming parser's {@code next()}, which, unlike its {@code skip…()} methods, does see the end of the input.
 */
public final class JsonBodies {

    /** Found once: {@code Json.createParser} would search the service loader on every request body. */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(null);

    /** Far above any form of the market (a bid's plan is 8,000 characters), far below what could hurt. */
    public static final int MAX_BYTES = 1 << 20;
    /** The deepest body the API reads is three levels; 32 leaves room and stops a stack of brackets. */
    public static final int MAX_DEPTH = 32;
    /** Digits of a number literal; no amount, id or score comes near it. */
    static final int MAX_NUMBER_LENGTH = 64;
    /** Beyond this exponent a number is no quantity of this market, and turning it into a whole number could take ages. */
    static final int MAX_NUMBER_SCALE = 400;

    private JsonBodies() {
    }

    /** Why a body is refused, as the problem to answer; {@code field} names the property where there is one. */
    public record Refusal(int status, String code, String detail, String field) {

        Refusal(int status, String code, String detail) {
            this(status, code, detail, null);
        }
    }

    public static Optional<Refusal> check(byte[] body) {
        // the property names from the top down to where the parser is, as a field path names them ("weights.price")
        Deque<String> path = new ArrayDeque<>();
        String key = null;
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (path.size() >= MAX_DEPTH) {
                            return Optional.of(new Refusal(400, "too-deep",
                                    "a JSON body is nested at most " + MAX_DEPTH + " levels deep"));
                        }
                        path.push(key == null ? "" : key);
                        key = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        path.pop();
                        key = null;
                    }
                    case KEY_NAME -> key = parser.getString();
                    case VALUE_NUMBER -> {
                        if (!saneNumber(parser.getString())) {
                            return Optional.of(new Refusal(400, "number-out-of-range",
                                    "a number in the body is too long or too large to be a value of this market", field(path, key)));
                        }
                    }
                    default -> {
                        // names, strings, true, false and null need no check beyond the body's size
                    }
                }
            }
        } catch (JsonParsingException | IllegalStateException malformed) {
            return Optional.of(malformed());
        } catch (JsonException unreadable) {
            // an encoding the parser cannot read, or bytes that are not text at all
            return Optional.of(malformed());
        }
        return Optional.empty();
    }

    private static String field(Deque<String> path, String key) {
        StringJoiner field = new StringJoiner(".");
        Iterator<String> outermostFirst = path.descendingIterator();
        while (outermostFirst.hasNext()) {
            String name = outermostFirst.next();
            if (!name.isEmpty()) {
                field.add(name);
            }
        }
        if (key != null) {
            field.add(key);
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static boolean saneNumber(String literal) {
        if (literal.length() > MAX_NUMBER_LENGTH) {
            return false;
        }
        return Math.abs(new BigDecimal(literal).scale()) <= MAX_NUMBER_SCALE;
    }

    private static Refusal malformed() {
        return new Refusal(400, "malformed-request", "the request body is not complete, well-formed JSON");
    }
}
