package org.intermarket.catalog.view;

import java.util.List;
import java.util.Map;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.ItemQuery;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Pages of the catalog, read from the database one page at a time, filtered by the page's query. */
public class CatalogLazyModel extends LazyDataModel<ServiceItem> {

    private static final long serialVersionUID = 1L;

    /** The injected service's client proxy: serializable, so the model still reads the catalog on the node a session moves to. */
    private final CatalogService catalog;
    /** Null when the filters were not valid: then the list is empty. */
    private final ItemQuery query;

    CatalogLazyModel(CatalogService catalog, ItemQuery query) {
        this.catalog = catalog;
        this.query = query;
    }

    /** A session replica keeps the service and the query, never the page of items read last (read afresh for every rendering). */
    private Object writeReplace() {
        return new Replica(catalog, query);
    }

    private record Replica(CatalogService catalog, ItemQuery query) implements java.io.Serializable {

        private Object readResolve() {
            return new CatalogLazyModel(catalog, query);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return query == null ? 0 : (int) catalog.search(query, new PageRequest(0, 1)).total();
    }

    @Override
    public List<ServiceItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (query == null) {
            setRowCount(0);
            return List.of();
        }
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        Page<ServiceItem> page = catalog.search(query, new PageRequest(first / size, size));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(ServiceItem item) {
        return item.code();
    }

    @Override
    public ServiceItem getRowData(String rowKey) {
        return catalog.find(rowKey);
    }
}
