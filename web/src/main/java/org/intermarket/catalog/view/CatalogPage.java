package org.intermarket.catalog.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.shared.view.LocaleBean;

/** catalog.xhtml: the public, lazy, filterable list of service items. Request-scoped: no session. */
@Named
@RequestScoped
public class CatalogPage {

    @Inject
    private CatalogService catalog;

    @Inject
    private LocaleBean locale;

    private CatalogLazyModel items;

    @PostConstruct
    void init() {
        items = new CatalogLazyModel(catalog);
    }

    public CatalogLazyModel getItems() {
        return items;
    }

    public String name(ServiceItem item) {
        return locale.pick(item.details().nameZh(), item.details().nameEn());
    }
}
