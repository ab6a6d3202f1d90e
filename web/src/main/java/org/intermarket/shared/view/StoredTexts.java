package org.intermarket.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Shows a stored text (a timeline entry's detail, an amendment's changes, a status or credit change's reason) on a
 * page, in the page's language: {@link StoredTextFormat} with the page's bundle.
 */
@Named
@ApplicationScoped
public class StoredTexts {

    public String render(String stored) {
        return new StoredTextFormat(Messages.bundle(), Messages.locale()).render(stored);
    }
}
