package org.intermarket.shared;

import java.util.List;

/** One page of a list that is paginated in the database. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The same page with its rows turned into what the caller shows, e.g. with figures read for the whole page at once. */
    public <U> Page<U> withItems(List<U> shown) {
        return new Page<>(shown, page, size, total);
    }
}
