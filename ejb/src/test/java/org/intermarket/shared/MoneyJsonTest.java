package org.intermarket.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Money through Yasson, the JSON-B of WildFly, on a record component as the DTOs and forms carry it. */
class MoneyJsonTest {

    public record Priced(@JsonbTypeAdapter(MoneyJson.class) BigDecimal price, BigDecimal score) {
    }

    public record Outer(Priced priced) {
    }

    private static Jsonb jsonb;
    private static Locale before;

    @BeforeAll
    static void inALocaleWithDecimalCommas() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void restore() throws Exception {
        jsonb.close();
        Locale.setDefault(before);
    }

    @Test
    void writesAStringWithTwoDecimalsAndLeavesOtherDecimalsNumbers() {
        assertEquals("{\"price\":\"125000.00\",\"score\":87.5}", jsonb.toJson(new Priced(new BigDecimal("125000"), new BigDecimal("87.5"))));
        assertEquals("{\"price\":\"1000.00\"}", jsonb.toJson(new Priced(new BigDecimal("1E+3"), null)), "plain, never an exponent");
        assertEquals("{\"price\":\"0.13\"}", jsonb.toJson(new Priced(new BigDecimal("0.125"), null)), "half up");
        assertEquals("{}", jsonb.toJson(new Priced(null, null)), "absent stays absent");
    }

    @Test
    void readsTheContractsStringAndAJsonNumber() {
        assertEquals(new BigDecimal("99000.50"), jsonb.fromJson("{\"price\":\"99000.50\"}", Priced.class).price());
        assertEquals(new BigDecimal("99000.5"), jsonb.fromJson("{\"price\":99000.5}", Priced.class).price());
        assertEquals(new BigDecimal("-1"), jsonb.fromJson("{\"price\":\"-1\"}", Priced.class).price(), "the sign is for @DecimalMin to judge");
        assertNull(jsonb.fromJson("{\"price\":null}", Priced.class).price());
        assertNull(jsonb.fromJson("{}", Priced.class).price());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"12a\"", "\"1e999999999\"", "\"\"", "\" 12\"", "\"1,000.00\"", "\"12.\"", "true", "{}", "[1]"})
    void refusesAnythingElseNamingTheProperty(String value) {
        JsonbException failure = assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"price\":" + value + "}", Priced.class));
        assertTrue(failure.getMessage().startsWith("Unable to deserialize property 'price' because of:"),
                "the REST layer reads the field from this wording: " + failure.getMessage());
        assertInstanceOf(MoneyJson.NotAnAmount.class, rootCause(failure));
    }

    @Test
    void namesEachLevelOfANestedProperty() {
        JsonbException failure = assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"priced\":{\"price\":\"x\"}}", Outer.class));
        assertTrue(failure.getMessage().startsWith("Unable to deserialize property 'priced' because of:"), failure.getMessage());
        assertTrue(failure.getCause().getMessage().startsWith("Unable to deserialize property 'price' because of:"), failure.getMessage());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
