package org.intermarket.catalog.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.shared.DomainException;
import org.intermarket.shared.api.QueryParams;
import org.intermarket.shared.view.Messages;

/** mandatory-list.xhtml: the published mandatory item list as it stood (or will stand) on a chosen day, today by default. */
@Named
@RequestScoped
public class MandatoryListPage {

    @Inject
    private CatalogService catalog;

    @Inject
    private Clock clock;

    private String date;
    private LocalDate day;
    private List<ServiceItem> items;

    /** Reads before anything renders, so that a message about bad input reaches the page's message area. */
    public void load() {
        getItems();
    }

    public List<ServiceItem> getItems() {
        if (items == null) {
            try {
                LocalDate chosen = QueryParams.date("date", date);
                day = chosen == null ? LocalDate.now(clock) : chosen;
            } catch (DomainException invalid) {
                Messages.failure(invalid);
                day = LocalDate.now(clock);
            }
            items = catalog.mandatoryListOn(day);
        }
        return items;
    }

    public LocalDate getDay() {
        getItems();
        return day;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }
}
