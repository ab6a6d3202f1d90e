package org.intermarket.shared.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.Objects;

/**
 * Refuses a post that lacks the CSP nonce its page was written with, before any value of it is applied.
 * PrimeFaces keeps the nonce in the view and checks it only when it writes the answer, after the action has
 * run: a form posted without it had saved its change and then failed with a 500. A genuine form always
 * carries it (PrimeFaces adds it to every form), so a post without it is forged or from a broken page.
 */
public class NonceGuard implements PhaseListener {

    private static final long serialVersionUID = 1L;
    /** Where PrimeFaces keeps the nonce, in the view map and among the request parameters alike. */
    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view is not restored yet
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null || context.getResponseComplete()) {
            return;
        }
        Map<String, Object> viewMap = context.getViewRoot().getViewMap(false);
        Object expected = viewMap == null ? null : viewMap.get(NONCE);
        if (expected == null) {
            // a stateless view of an anonymous visitor: it keeps no nonce, and it changes nothing of anyone's
            return;
        }
        String presented = context.getExternalContext().getRequestParameterMap().get(NONCE);
        if (!Objects.equals(expected, presented)) {
            StalePost.redirect(context);
        }
    }
}
