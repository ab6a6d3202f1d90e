package org.intermarket.registry.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.intermarket.registry.DirectoryService;
import org.intermarket.registry.GuideOffer;

/** The guides of an item side by side, for item.xhtml. */
@Named
@RequestScoped
public class ItemOffers {

    @Inject
    private DirectoryService directory;

    private List<GuideOffer> offers;

    public List<GuideOffer> of(String itemCode) {
        if (offers == null) {
            offers = directory.offers(itemCode);
        }
        return offers;
    }
}
