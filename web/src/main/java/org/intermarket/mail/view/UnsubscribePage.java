package org.intermarket.mail.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.intermarket.mail.Subscriptions;
import org.intermarket.shared.view.Messages;

/**
 * unsubscribe.xhtml: where the unsubscribe link in a mail's text leads a person, without signing in. Opening it
 * changes nothing (mail scanners open links); the button does, with the link's token. Mail clients use the one-click
 * POST of the List-Unsubscribe header instead.
 */
@Named
@RequestScoped
public class UnsubscribePage {

    @Inject
    private Subscriptions subscriptions;

    private String token;
    private boolean done;

    public void unsubscribe() {
        // the token travels in the form itself: an anonymous page keeps no view state between requests
        String sent = token != null ? token
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        done = Messages.attempt(() -> subscriptions.unsubscribe(sent));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isDone() {
        return done;
    }
}
