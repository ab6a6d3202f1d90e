package org.intermarket.shared.view;

import org.intermarket.shared.Page;

/** Previous/next links of a page of results read through GET parameters. */
public record Pager(Page<?> page) {

    public boolean isHasPrevious() {
        return page.page() > 0;
    }

    public boolean isHasNext() {
        return (long) (page.page() + 1) * page.size() < page.total();
    }

    public long getPageCount() {
        return Math.max(1, (page.total() + page.size() - 1) / page.size());
    }
}
