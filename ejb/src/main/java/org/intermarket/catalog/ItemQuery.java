package org.intermarket.catalog;

/**
 * Filters for the catalog list; null means "any".
 *
 * @param text    part of the code or of either name, case-insensitive
 */
public record ItemQuery(String text, Boolean mandatory, ItemStatus status) {

    public static ItemQuery all() {
        return new ItemQuery(null, null, null);
    }
}
