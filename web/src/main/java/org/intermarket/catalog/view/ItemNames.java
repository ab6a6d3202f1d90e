package org.intermarket.catalog.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.shared.view.LocaleBean;

/** Item names for pages that hold only codes: one catalog read per request, however many codes. */
@Named
@RequestScoped
public class ItemNames {

    @Inject
    private CatalogService catalog;

    @Inject
    private LocaleBean locale;

    private Map<String, ServiceItem> items;

    public String of(String code) {
        if (items == null) {
            items = new HashMap<>();
            catalog.latest().forEach(item -> items.put(item.code(), item));
        }
        ServiceItem item = items.get(code);
        return item == null ? code : locale.pick(item.details().nameZh(), item.details().nameEn());
    }
}
