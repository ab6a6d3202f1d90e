package org.intermarket.shared.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.PageRequest;

/**
 * Reads query parameters (and checks bodies) from their text, so that a bad value is a 400 naming the
 * parameter (JAX-RS would answer a failed conversion with 404).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static PageRequest page(String page, String size) {
        return new PageRequest(integer("page", page, 0), integer("size", size, PageRequest.DEFAULT_SIZE));
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(name, name + " must be true or false");
        };
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, name + " must be a date such as 2026-01-31");
        }
    }

    public static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An ISO-8601 instant such as 2026-12-01T08:00:00Z, or null when absent. */
    public static java.time.Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value.trim()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(name, name + " must be a date and time such as 2026-12-01T08:00:00+08:00");
        }
    }

    /** A required query parameter: 400 naming it when absent. */
    public static void require(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, name + " is required");
        }
    }

    /** A missing body is a 400 naming it, not a NullPointerException further in. */
    public static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
    }

    /** A whole number, or {@code fallback} when absent. */
    public static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number");
        }
    }

    /** A whole number up to 2^63, or null when absent. */
    public static Long longValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number");
        }
    }

    /**
     * A catalog item's code ({@code CatalogService.CODE_PATTERN}, upper-cased), or null when absent: anything else is a
     * 400 naming the parameter before it reaches a query (PostgreSQL refuses a NUL in text with an error, not a row).
     */
    public static String itemCode(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches(org.intermarket.catalog.CatalogService.CODE_PATTERN)) {
            throw new InvalidInputException(name, name + " must be a service item's code such as ZJFW-003");
        }
        return code;
    }
}
