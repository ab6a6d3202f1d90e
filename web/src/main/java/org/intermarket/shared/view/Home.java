package org.intermarket.shared.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.intermarket.catalog.CatalogService;
import org.intermarket.registry.AccountService;
import org.intermarket.registry.DirectoryQuery;
import org.intermarket.registry.DirectoryService;
import org.intermarket.registry.OrganisationType;
import org.intermarket.shared.PageRequest;

/** index.xhtml: what the market holds today, in four figures. */
@Named
@RequestScoped
public class Home {

    private static final PageRequest COUNT_ONLY = new PageRequest(0, 1);

    @Inject
    private CatalogService catalog;

    @Inject
    private AccountService accounts;

    @Inject
    private DirectoryService directory;

    public long getActiveItems() {
        return catalog.active().size();
    }

    public long getMandatoryItems() {
        return catalog.active().stream().filter(item -> item.details().mandatory()).count();
    }

    /** Admitted agencies (入驻), as the directory lists them; registered but unreviewed ones do not count. */
    public long getAgencies() {
        return directory.search(new DirectoryQuery(null, null, null, null, null), COUNT_ONLY).total();
    }

    public long getOwners() {
        return accounts.countOrganisations(OrganisationType.OWNER);
    }
}
