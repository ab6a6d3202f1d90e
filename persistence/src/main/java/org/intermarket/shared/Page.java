package org.intermarket.shared;

import java.util.List;

/** One page of a list that is paginated in the database. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
