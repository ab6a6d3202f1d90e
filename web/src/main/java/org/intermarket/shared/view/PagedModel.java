package org.intermarket.shared.view;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces table that reads one page at a time from a service's paged read ({@link Page}): the table's
 * {@code first} and page size become a {@link PageRequest} (the size kept within what the services accept), the
 * page's total becomes the row count. The functions are serializable because the view-scoped bean that holds the
 * model is kept in the session and replicated across the cluster.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final PageSource<T> source;
    private final Counter counter;
    private final RowKey<T> rowKey;

    private PagedModel(PageSource<T> source, Counter counter, RowKey<T> rowKey) {
        this.source = source;
        this.counter = counter;
        this.rowKey = rowKey;
    }

    /** The count is the total of a one-row page: for services without a count of their own. */
    public static <T> PagedModel<T> of(PageSource<T> source, RowKey<T> rowKey) {
        return new PagedModel<>(source, () -> source.page(new PageRequest(0, 1)).total(), rowKey);
    }

    /** For services with a cheaper count of their own than a one-row page. */
    public static <T> PagedModel<T> of(PageSource<T> source, Counter counter, RowKey<T> rowKey) {
        return new PagedModel<>(source, counter, rowKey);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) counter.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        Page<T> page = source.page(new PageRequest(first / size, size));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.of(row));
    }

    /**
     * What a session replica keeps: the functions, never the page of rows read last (rows are read afresh for every
     * rendering, and are not Serializable). The model on the node that serves the session goes on as it was.
     */
    private Object writeReplace() {
        return new Replica<>(source, counter, rowKey);
    }

    private record Replica<T>(PageSource<T> source, Counter counter, RowKey<T> rowKey) implements Serializable {

        private Object readResolve() {
            return new PagedModel<>(source, counter, rowKey);
        }
    }

    /** One page of the list, as the service reads it. */
    @FunctionalInterface
    public interface PageSource<T> extends Serializable {
        Page<T> page(PageRequest request);
    }

    /** How many rows the whole list has. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** What tells a row from the others (its id), for selection and row updates. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        Object of(T row);
    }
}
