package org.intermarket.catalog;

import java.io.Serializable;

/**
 * Filters for the catalog list; null means "any".
 *
 * @param text    part of the code or of either name, case-insensitive
 */
// Serializable: the catalog page's table model keeps it, and a session's view state may move to another node.
public record ItemQuery(String text, Boolean mandatory, ItemStatus status) implements Serializable {

    public static ItemQuery all() {
        return new ItemQuery(null, null, null);
    }
}
