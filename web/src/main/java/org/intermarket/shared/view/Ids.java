package org.intermarket.shared.view;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Record ids of request-scoped pages. On a GET the id is in the address; a page's forms post it
 * back in a hidden field of the same name, because Faces view parameters reach the bean only
 * after the forms are decoded, too late for their {@code rendered} conditions.
 */
public final class Ids {

    private Ids() {
    }

    /** The parameter as a positive id, or null when absent or malformed. */
    public static Long fromRequest(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value != null && value.matches("[1-9]\\d{0,17}") ? Long.valueOf(value) : null;
    }
}
