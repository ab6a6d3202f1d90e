package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The API's description at /openapi, as a client's generator reads it. */
class OpenApiDocumentIT extends ApiTest {

    private final JsonObject document = Api.anonymous().get("/openapi?format=JSON").json();

    @Test
    void amountsAreStringsAndScoresNumbers() {
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertEquals("string", type(schemas, "NoticeEntryDto", "price"));
        assertEquals("string", type(schemas, "BidForm", "price"));
        assertEquals("string", type(schemas, "NeedBehindFigure", "contractPrice"));
        assertEquals("number", type(schemas, "NoticeEntryDto", "totalScore"));
    }

    /** Each tag is listed once with what it groups, and every operation's tags are among them. */
    @Test
    void everyOperationIsTaggedWithADescribedTag() {
        List<JsonObject> tags = document.getJsonArray("tags").getValuesAs(JsonObject.class);
        Set<String> described = new TreeSet<>();
        for (JsonObject tag : tags) {
            assertTrue(described.add(tag.getString("name")), () -> "listed twice: " + tag);
            assertFalse(tag.getString("description", "").isBlank(), () -> "a tag without a description: " + tag);
        }
        Set<String> used = new TreeSet<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            // beside its operations a path may list parameters (an array) shared by them
            if (operation instanceof JsonObject tagged) {
                assertTrue(tagged.containsKey("tags"), () -> method + " " + path + " has no tag");
                tagged.getJsonArray("tags").getValuesAs(JsonString.class).forEach(tag -> used.add(tag.getString()));
            }
        }));
        assertEquals(described, used, "the tags listed are the tags operations use");
    }

    private static String type(JsonObject schemas, String schema, String property) {
        JsonObject described = schemas.getJsonObject(schema).getJsonObject("properties").getJsonObject(property);
        JsonValue type = described.get("type");
        return type instanceof JsonString single ? single.getString() : type.toString();
    }
}
