package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Assertions on RFC 9457 problem bodies. */
public final class Problems {

    private Problems() {
    }

    /** The reply is a problem+json body with this status and the four standard members. */
    public static JsonObject assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), () -> "status of " + reply);
        assertTrue(reply.header("Content-Type").orElse("").startsWith("application/problem+json"),
                () -> "content type of " + reply + ": " + reply.header("Content-Type"));
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("type").startsWith("urn:intermarket:problem:"), problem::toString);
        assertTrue(!problem.getString("title").isBlank() && !problem.getString("detail").isBlank(), problem::toString);
        return problem;
    }

    /** The problem is of the kind the domain calls {@code code}, e.g. {@code registry.no-guide}. */
    public static void assertProblemCode(JsonObject problem, String code) {
        assertEquals("urn:intermarket:problem:" + code, problem.getString("type"), problem::toString);
    }

    /** The problem names {@code field} among its invalid fields. */
    public static void assertFieldError(JsonObject problem, String field) {
        assertTrue(problem.containsKey("errors") && problem.get("errors").getValueType() == JsonValue.ValueType.ARRAY,
                () -> "no errors in " + problem);
        assertTrue(problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(error -> error.getString("field").equals(field)), () -> field + " not named in " + problem);
    }
}
