package org.intermarket.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile requests the fuzz test sends to one operation of the OpenAPI document: path and query parameters
 * no client should send, and for an operation that reads JSON, bodies cut off at every nesting level, nested too
 * deep, too big, of the wrong types, null, with fields the schema does not know and enum values it does not have.
 * Ids are never real ones, so nothing anyone owns is touched.
 */
final class HostileRequests {

    /**
     * One request to send: method, path with query, body (or null) and its media type. A well-shaped one has every
     * field of the schema in its right shape, so that it could succeed: only a stranger sends it, who may not.
     */
    record Request(String method, String path, String body, String contentType, boolean wellShaped) {

        Request(String method, String path, String body, String contentType) {
            this(method, path, body, contentType, false);
        }

        @Override
        public String toString() {
            return method + " " + (path.length() > 160 ? path.substring(0, 160) + "…" : path)
                    + (body == null ? "" : " body " + (body.length() > 120 ? body.substring(0, 120) + "…(" + body.length() + ")" : body));
        }
    }

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> HOSTILE_IDS = List.of("0", "-1", "99999999999999999999", "abc", "1.5", "%20", "x".repeat(3000));
    private static final List<String> HOSTILE_QUERY = List.of("-1", "0", "99999999999", "abc", "' OR '1'='1", "x".repeat(5000), "%00",
            "0001-01-01", "9999-12-31", "2026-02-30", "1e308", "%E4%B8%AD");
    private static final String HUGE = "x".repeat(100_000);

    private final JsonObject schemas;

    HostileRequests(JsonObject document) {
        this.schemas = document.getJsonObject("components").getJsonObject("schemas");
    }

    List<Request> of(String method, String template, JsonObject operation) {
        List<Request> requests = new ArrayList<>();
        List<String> query = new ArrayList<>();
        if (operation.containsKey("parameters")) {
            for (JsonObject parameter : operation.getJsonArray("parameters").getValuesAs(JsonObject.class)) {
                if (parameter.getString("in").equals("query")) {
                    query.add(parameter.getString("name"));
                }
            }
        }
        String safePath = PATH_PARAMETER.matcher(template).replaceAll("0");
        for (String id : HOSTILE_IDS) {
            if (PATH_PARAMETER.matcher(template).find()) {
                requests.add(new Request(method, PATH_PARAMETER.matcher(template).replaceAll(Matcher.quoteReplacement(encode(id))), null, null));
            }
        }
        for (String name : query) {
            for (String value : HOSTILE_QUERY) {
                requests.add(new Request(method, safePath + "?" + name + "=" + (value.startsWith("%") ? value : encode(value)), null, null));
            }
        }
        requests.add(new Request(method, safePath + "?page=-5&size=-1", null, null));
        requests.add(new Request(method, safePath + "?page=99999999&size=1000000", null, null));
        JsonObject content = operation.containsKey("requestBody")
                ? operation.getJsonObject("requestBody").getJsonObject("content") : null;
        if (content != null && content.containsKey("application/json")) {
            JsonValue sample = sample(content.getJsonObject("application/json").getJsonObject("schema"), 0);
            hostileBodies(sample).forEach(body -> requests.add(new Request(method, safePath, body, "application/json")));
            if (sample instanceof JsonObject object) {
                requests.add(new Request(method, safePath, object.toString(), "application/json", true));
                requests.add(new Request(method, safePath, Json.createObjectBuilder(object).add("fuzzExtra", Json.createObjectBuilder()
                        .add("a", Json.createArrayBuilder().add(1).add(JsonValue.NULL))).build().toString(), "application/json", true));
            }
            requests.add(new Request(method, safePath, "{\"a\":1}", "text/plain"));
            requests.add(new Request(method, safePath, "", "application/json"));
        } else if (content != null) {
            requests.add(new Request(method, safePath, "\u0000\u00ff garbage that is no file of any kind", "application/octet-stream"));
            requests.add(new Request(method, safePath, "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end", "multipart/form-data; boundary=x"));
        }
        return requests;
    }

    /** Hostile bodies built on a sample of the schema. */
    private static List<String> hostileBodies(JsonValue sample) {
        String whole = sample.toString();
        List<String> bodies = new ArrayList<>();
        for (int cut = 1; cut < whole.length(); cut++) {
            char c = whole.charAt(cut - 1);
            if (c == '{' || c == '[' || c == ':' || c == ',' || (c == '"' && cut % 3 == 0)) {
                bodies.add(whole.substring(0, cut));
            }
        }
        bodies.add(whole.substring(0, whole.length() - 1));
        bodies.add("{\"a\":".repeat(200) + "1" + "}".repeat(200));
        bodies.add("[".repeat(20_000));
        bodies.add("{\"x\":\"" + "y".repeat(1_200_000) + "\"}");
        bodies.add("not json at all");
        bodies.add("[]");
        bodies.add("\"a string\"");
        bodies.add("12");
        bodies.add("null");
        if (sample instanceof JsonObject object) {
            bodies.add(replaced(object, Json.createValue(HUGE)));
            bodies.add(replaced(object, JsonValue.NULL));
            bodies.add(replaced(object, JsonValue.EMPTY_JSON_OBJECT));
            bodies.add(replaced(object, JsonValue.EMPTY_JSON_ARRAY));
            bodies.add(replaced(object, Json.createValue("wrong type")));
            bodies.add(replaced(object, Json.createValue(-1)));
            bodies.add(replaced(object, Json.createValue(new java.math.BigInteger("99999999999999999999"))));
            bodies.add(replaced(object, JsonValue.TRUE));
            bodies.add(replaced(object, Json.createValue("9999-99-99T99:99:99Z")));
        }
        return bodies;
    }

    private static String replaced(JsonObject object, JsonValue value) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        object.keySet().forEach(key -> builder.add(key, value));
        return builder.build().toString();
    }

    /** A value that fits the schema in shape (not always in content: strings are "fuzz", enums their first value). */
    private JsonValue sample(JsonObject schema, int depth) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return depth > 4 ? JsonValue.EMPTY_JSON_OBJECT : sample(schemas.getJsonObject(name), depth + 1);
        }
        if (schema.containsKey("enum")) {
            JsonArray values = schema.getJsonArray("enum");
            return values.isEmpty() ? Json.createValue("NOPE") : values.get(0);
        }
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                JsonObjectBuilder builder = Json.createObjectBuilder();
                Map<String, JsonValue> properties = new LinkedHashMap<>();
                if (schema.containsKey("properties") && depth < 5) {
                    schema.getJsonObject("properties").forEach((name, property) -> properties.put(name, sample(property.asJsonObject(), depth + 1)));
                }
                properties.forEach(builder::add);
                yield builder.build();
            }
            case "array" -> Json.createArrayBuilder().add(schema.containsKey("items") && depth < 5
                    ? sample(schema.getJsonObject("items"), depth + 1) : Json.createValue(1)).build();
            case "integer" -> Json.createValue(1);
            case "number" -> Json.createValue(1.5);
            case "boolean" -> JsonValue.TRUE;
            default -> Json.createValue("date-time".equals(schema.getString("format", "")) ? "2026-12-31T10:00:00Z" : "fuzz");
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
