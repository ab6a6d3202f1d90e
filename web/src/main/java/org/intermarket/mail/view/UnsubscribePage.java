package org.intermarket.mail.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.intermarket.mail.MailText;
import org.intermarket.mail.NoticeChoices;
import org.intermarket.mail.Subscriptions;
import org.intermarket.mail.UnsubscribeTokens;
import org.intermarket.shared.view.LocaleBean;
import org.intermarket.shared.view.Messages;

/**
 * unsubscribe.xhtml: where the unsubscribe link in a mail's text leads a person, without signing in. Opening it
 * changes nothing (mail scanners open links); the button does, with the link's token: a need subscription's ends the
 * subscription, a notice kind's stops that kind, and the page names it. Mail clients use the one-click POST of the
 * List-Unsubscribe header instead.
 */
@Named
@RequestScoped
public class UnsubscribePage {

    @Inject
    private Subscriptions subscriptions;

    @Inject
    private NoticeChoices noticeChoices;

    @Inject
    private UnsubscribeTokens tokens;

    @Inject
    private LocaleBean locale;

    private String token;
    private boolean done;
    /** The kind's name, verified once per request: the page asks for it in its title, question and answer. */
    private Optional<String> noticeKind;

    public void unsubscribe() {
        // the token travels in the form itself: an anonymous page keeps no view state between requests
        String sent = sentToken();
        done = Messages.attempt(() -> {
            if (UnsubscribeTokens.isNotice(sent)) {
                noticeChoices.stopByLink(sent);
            } else {
                subscriptions.unsubscribe(sent);
            }
        });
    }

    /** The name of the kind a genuine notice token stops, in the page's language; null for a subscription's or a forgery. */
    public String getNoticeKind() {
        if (noticeKind == null) {
            noticeKind = tokens.verifyNotice(sentToken()).map(named -> MailText.noticeTitle(named.kind(), locale.isChinese() ? "zh" : "en"));
        }
        return noticeKind.orElse(null);
    }

    private String sentToken() {
        return token != null ? token
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
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
