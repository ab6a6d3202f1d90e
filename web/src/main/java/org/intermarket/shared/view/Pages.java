package org.intermarket.shared.view;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Post-redirect-get: after an action that changed something, a page answers with a redirect to an address that
 * names what it shows ({@code /need.xhtml?id=17}), so that reloading, copying or bookmarking it shows the same
 * record and never posts the form again. The action's messages travel across the redirect in the flash.
 */
public final class Pages {

    private Pages() {
    }

    /** A redirect to the page being shown, named by the given parameters. */
    public static String self(Object... parameters) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return redirect(viewId.substring(0, viewId.lastIndexOf('.')), parameters);
    }

    /**
     * A navigation outcome to {@code view} with the given parameters (name, value, name, value…); null values are
     * left out.
     */
    public static String redirect(String view, Object... parameters) {
        StringBuilder outcome = new StringBuilder(view).append("?faces-redirect=true");
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            if (parameters[i + 1] != null) {
                outcome.append('&').append(parameters[i]).append('=')
                        .append(URLEncoder.encode(String.valueOf(parameters[i + 1]), StandardCharsets.UTF_8));
            }
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return outcome.toString();
    }
}
