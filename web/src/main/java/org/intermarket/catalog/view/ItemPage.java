package org.intermarket.catalog.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.shared.NotFoundException;

/** item.xhtml?code=...: one item with its legal basis and every version. */
@Named
@RequestScoped
public class ItemPage {

    @Inject
    private CatalogService catalog;

    private String code;
    private List<ServiceItem> versions;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Loads the item; a missing or unknown code is the 404 page. */
    public void load() {
        try {
            versions = code == null ? List.of() : catalog.versions(code);
        } catch (NotFoundException e) {
            versions = List.of();
        }
        if (versions.isEmpty()) {
            FacesContext context = FacesContext.getCurrentInstance();
            try {
                context.getExternalContext().responseSendError(404, "no such service item");
            } catch (IOException clientGone) {
                // nothing to answer
            }
            context.responseComplete();
        }
    }

    public ServiceItem getItem() {
        return versions.get(0);
    }

    public List<ServiceItem> getVersions() {
        return versions;
    }
}
