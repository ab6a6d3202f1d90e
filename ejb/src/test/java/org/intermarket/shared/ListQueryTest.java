package org.intermarket.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ListQueryTest {

    @Test
    void withoutFiltersThereIsNoWhereClause() {
        ListQuery list = new ListQuery();

        assertEquals("", list.where());
        assertEquals(Map.of(), list.parameters());
    }

    @Test
    void theFiltersSetAreAndedEachInParenthesesSoAnOrStaysInsideItsOwnFilter() {
        ListQuery list = new ListQuery().and("a.active = TRUE")
                .and("LOWER(a.username) LIKE :text OR LOWER(o.name) LIKE :text", "text", "%li%")
                .and("a.role = :role", "role", "ADMIN");

        assertEquals(" WHERE (a.active = TRUE) AND (LOWER(a.username) LIKE :text OR LOWER(o.name) LIKE :text) AND (a.role = :role)",
                list.where());
        assertEquals(Map.of("text", "%li%", "role", "ADMIN"), list.parameters());
    }

    @Test
    void aParameterUsedByTwoFiltersIsBoundOnceWhenItMeansTheSameValue() {
        ListQuery list = new ListQuery().and("a.lockedUntil > :now", "now", 5L).and("a.createdAt < :now", "now", 5L);

        assertEquals(Map.of("now", 5L), list.parameters());
    }

    @Test
    void aParameterNameCannotMeanTwoValues() {
        ListQuery list = new ListQuery().and("n.status = :status", "status", "OPEN");

        assertThrows(IllegalArgumentException.class, () -> list.and("n.previous = :status", "status", "CLOSED"));
    }
}
