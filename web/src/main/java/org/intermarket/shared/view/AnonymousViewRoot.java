package org.intermarket.shared.view;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.Map;

/**
 * A view root whose view map lives only as long as the request when nobody is signed in.
 *
 * <p>Why: PrimeFaces keeps its CSP nonce in the view map, and Mojarra stores every view
 * map in the HTTP session, so each anonymous page view created a session (measured: one
 * per request). Anonymous pages are stateless views with request-scoped beans, so a
 * request-long view map is all they need; signed-in users keep the normal behaviour.
 */
public class AnonymousViewRoot extends UIViewRoot {

    private Map<String, Object> requestViewMap;

    @Override
    public Map<String, Object> getViewMap(boolean create) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getExternalContext().getRemoteUser() != null) {
            return super.getViewMap(create);
        }
        if (requestViewMap == null && create) {
            requestViewMap = new HashMap<>();
        }
        return requestViewMap;
    }
}
