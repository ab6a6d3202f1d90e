package org.intermarket.shared.api;

import java.util.List;
import java.util.function.Function;
import org.intermarket.shared.Page;

/** The list envelope of API.md: {@code {"items","page","size","total"}}. */
public record PageDto<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageDto<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageDto<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
    }
}
