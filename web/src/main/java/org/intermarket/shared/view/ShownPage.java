package org.intermarket.shared.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.util.List;
import java.util.function.Supplier;
import org.intermarket.shared.DomainException;
import org.intermarket.shared.Page;

/**
 * A page of a list that a view only shows, for a request-scoped bean. Its table holds no inputs,
 * so the list is read once while rendering, and not while a postback is decoded, when it would be
 * read for nothing. Filters come from the address, where anyone can write anything: one that does
 * not parse, or that the service refuses, shows a message and an empty list, not an error page.
 */
public final class ShownPage<T> {

    private final int size;
    private final Supplier<Page<T>> query;
    private Page<T> read;

    public ShownPage(int size, Supplier<Page<T>> query) {
        this.size = size;
        this.query = query;
    }

    public Page<T> get(int page) {
        if (FacesContext.getCurrentInstance().getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return new Page<>(List.of(), page, size, 0);
        }
        if (read == null) {
            try {
                read = query.get();
            } catch (IllegalArgumentException | DomainException invalid) {
                Messages.info("directory.invalidFilter");
                read = new Page<>(List.of(), 0, size, 0);
            }
        }
        return read;
    }
}
