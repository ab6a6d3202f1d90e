package org.intermarket.catalog.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.ItemQuery;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.shared.view.LocaleBean;
import org.intermarket.shared.view.Messages;

/**
 * catalog.xhtml: the public, lazy list of service items. Request-scoped: no session. Its filters are request parameters,
 * {@code q} and {@code mandatory}: in the address when the filter form above the table is sent (GET, so a filtered list
 * is a link), and in hidden fields of the table's form when it pages (a PrimeFaces postback).
 */
@Named
@RequestScoped
public class CatalogPage {

    @Inject
    private CatalogService catalog;

    @Inject
    private LocaleBean locale;

    private String text;
    private String mandatory;
    private CatalogLazyModel items;

    @PostConstruct
    void init() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        text = blankToNull(parameters.get("q"));
        mandatory = blankToNull(parameters.get("mandatory"));
        items = new CatalogLazyModel(catalog, query());
    }

    /** The filters as the service reads them; a mandatory value that is neither true nor false lists nothing, and says so. */
    private ItemQuery query() {
        if (mandatory == null || mandatory.equals("true") || mandatory.equals("false")) {
            return new ItemQuery(text, mandatory == null ? null : Boolean.valueOf(mandatory), null);
        }
        Messages.info("directory.invalidFilter");
        return null;
    }

    public CatalogLazyModel getItems() {
        return items;
    }

    /** The text searched for, as typed. */
    public String getQ() {
        return text;
    }

    /** {@code true}, {@code false}, or null for either. */
    public String getMandatory() {
        return mandatory;
    }

    public String name(ServiceItem item) {
        return locale.pick(item.details().nameZh(), item.details().nameEn());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
