package org.intermarket.shared.api;

import java.util.List;
import java.util.function.Function;
import org.intermarket.shared.Page;

/**
 * The list envelope of API.md: {@code {"items","page","size","total"}}, and {@code next} on a list that can be read
 * from a position (keyset pagination): the token that reads the page after this one, absent on the last page.
 */
public record PageDto<T>(List<T> items, int page, int size, long total, String next) {

    public PageDto(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    public static <E, T> PageDto<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageDto<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
    }

    /**
     * The same page with the token of the position after its last item, when it is full (a short page is the last).
     * The token may lead to an empty page when the list ends exactly here.
     */
    public static <E, T> PageDto<T> of(Page<E> page, Function<E, T> mapper, Function<E, String> positionOf) {
        List<E> items = page.items();
        String next = items.size() == page.size() && !items.isEmpty() ? positionOf.apply(items.get(items.size() - 1)) : null;
        return new PageDto<>(items.stream().map(mapper).toList(), page.page(), page.size(), page.total(), next);
    }
}
