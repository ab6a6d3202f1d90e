package org.intermarket.shared.view;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.LongFunction;
import org.intermarket.shared.DomainException;

/**
 * The record a list page's panel acts on, for a request-scoped bean: named by a request parameter,
 * from the address or from the hidden field the panel's forms post back (see {@link Ids}). It is read
 * once per request; an action forgets it, so the panel then shows the record as the action left it.
 * An id that names nothing the caller may see becomes a message, not an error page.
 */
public final class ChosenRecord<T> {

    private final String parameter;
    private final LongFunction<T> reader;
    private T record;
    private boolean read;

    /** The reader is called only when the record is first asked for, so it may use injected services. */
    public ChosenRecord(String parameter, LongFunction<T> reader) {
        this.parameter = parameter;
        this.reader = reader;
    }

    /** The chosen record, or null when none is named or it cannot be read. */
    public T get(HttpServletRequest request) {
        if (!read) {
            read = true;
            Long id = Ids.fromRequest(request, parameter);
            if (id == null && request.getParameter(parameter) != null) {
                Messages.error("error.address-id");
            } else if (id != null) {
                try {
                    record = reader.apply(id);
                } catch (DomainException absent) {
                    Messages.failure(absent);
                }
            }
        }
        return record;
    }

    public void forget() {
        record = null;
        read = false;
    }
}
