package org.intermarket.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.ws.rs.ProcessingException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.intermarket.shared.MoneyJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The field a 400 names when Yasson cannot read a body, from Yasson's own failures wrapped as RESTEasy wraps them. */
class UnreadableFieldTest {

    public record Offer(@JsonbTypeAdapter(MoneyJson.class) BigDecimal price, Instant deadline) {
    }

    public record Need(String scope, List<Offer> offers) {
    }

    private static final Jsonb JSONB = JsonbBuilder.create();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void aMalformedAmountIsNamedWithWhatAnAmountLooksLike() {
        Problem.FieldProblem field = UnreadableField.of(failure("{\"price\":\"12a\"}", Offer.class)).orElseThrow();
        assertEquals("price", field.field());
        assertEquals("must be an amount such as \"125000.00\"", field.message());
    }

    @Test
    void aNestedFieldIsNamedWithItsPath() {
        assertEquals("offers.price", UnreadableField.of(failure("{\"offers\":[{\"price\":\"1e999999999\"}]}", Need.class)).orElseThrow().field());
    }

    @Test
    void anyOtherUnreadableFieldIsNamedWithoutInternals() {
        Problem.FieldProblem field = UnreadableField.of(failure("{\"deadline\":\"tomorrow\"}", Offer.class)).orElseThrow();
        assertEquals("deadline", field.field());
        assertEquals("cannot be read as the expected type", field.message());
    }

    @Test
    void aBodyThatIsNotJsonHasNoField() {
        assertTrue(UnreadableField.of(failure("{\"price\":", Offer.class)).isEmpty());
    }

    private static ProcessingException failure(String json, Class<?> type) {
        JsonbException failure = assertThrows(JsonbException.class, () -> JSONB.fromJson(json, type));
        return new ProcessingException("RESTEasy: " + failure, failure);
    }
}
