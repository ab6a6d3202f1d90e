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

/** Pages of the catalog, read from the database one page at a time, with the table's filters. */
public class CatalogLazyModel extends LazyDataModel<ServiceItem> {

    private static final long serialVersionUID = 1L;

    /** The injected service's client proxy: serializable, so the model still reads the catalog on the node a session moves to. */
    private final CatalogService catalog;

    CatalogLazyModel(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** A session replica keeps the service, never the page of items read last (read afresh for every rendering). */
    private Object writeReplace() {
        return new Replica(catalog);
    }

    private record Replica(CatalogService catalog) implements java.io.Serializable {

        private Object readResolve() {
            return new CatalogLazyModel(catalog);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) catalog.search(query(filterBy), new PageRequest(0, 1)).total();
    }

    @Override
    public List<ServiceItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        Page<ServiceItem> page = catalog.search(query(filterBy), new PageRequest(first / size, size));
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

    private static ItemQuery query(Map<String, FilterMeta> filterBy) {
        String text = value(filterBy, "text");
        String mandatory = value(filterBy, "mandatory");
        return new ItemQuery(text, mandatory == null || mandatory.isBlank() ? null : Boolean.valueOf(mandatory), null);
    }

    private static String value(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy == null ? null : filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null ? null : value.toString();
    }
}
