package org.intermarket.registry.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.credit.CreditLevel;
import org.intermarket.registry.AccountService;
import org.intermarket.registry.DirectoryEntry;
import org.intermarket.registry.DirectoryQuery;
import org.intermarket.registry.DirectoryService;
import org.intermarket.registry.Region;
import org.intermarket.shared.DomainException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.view.LocaleBean;
import org.intermarket.shared.view.Messages;
import org.intermarket.shared.view.Pager;

/**
 * agencies.xhtml: the public directory. Filters and page live in the address (GET), so every
 * result is bookmarkable and browsing needs no session.
 */
@Named
@RequestScoped
public class DirectoryPage {

    static final int PAGE_SIZE = 20;

    @Inject
    private DirectoryService directory;

    @Inject
    private CatalogService catalog;

    @Inject
    private AccountService accounts;

    @Inject
    private LocaleBean locale;

    private String q;
    private String item;
    private String region;
    private String level;
    private int page;
    private Page<DirectoryEntry> result;
    private List<ServiceItem> items;
    private List<Region> regions;

    public Page<DirectoryEntry> getResult() {
        if (result == null) {
            try {
                CreditLevel wanted = level == null || level.isBlank() ? null : CreditLevel.valueOf(level);
                result = directory.search(new DirectoryQuery(q, item, region, wanted, null), new PageRequest(page, PAGE_SIZE));
            } catch (IllegalArgumentException | DomainException invalid) {
                Messages.info("directory.invalidFilter");
                result = new Page<>(List.of(), 0, PAGE_SIZE, 0);
            }
        }
        return result;
    }

    public Pager getPager() {
        return new Pager(getResult());
    }

    /** The filter's choices: a repeat asks for them in several phases of one request; read once. */
    public List<ServiceItem> getItems() {
        if (items == null) {
            items = catalog.latest();
        }
        return items;
    }

    public List<Region> getRegions() {
        if (regions == null) {
            regions = accounts.regions();
        }
        return regions;
    }

    public List<CreditLevel> getLevels() {
        return List.of(CreditLevel.values());
    }

    public String regionName(DirectoryEntry entry) {
        return locale.pick(entry.regionZh(), entry.regionEn());
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
