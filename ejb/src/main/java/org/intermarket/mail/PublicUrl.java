package org.intermarket.mail;

/** The market's public address ({@code -Dintermarket.public.url}), which every link in a mail starts with. */
public final class PublicUrl {

    public static final String PROPERTY = "intermarket.public.url";


    private PublicUrl() {
    }

    /** The page a mail's text sends a person to, to unsubscribe with a token of either kind. */
    static String unsubscribePage(String token) {
        return base() + "/unsubscribe.xhtml?token=" + token;
    }

    /**
     * Where a mail client POSTs its one-click unsubscribe (RFC 8058, the List-Unsubscribe header) for a token: a need
     * subscription's stops the subscription, a notice kind's stops that kind.
     */
    static String oneClickUnsubscribe(String token) {
        return base() + (UnsubscribeTokens.isNotice(token) ? "/api/v1/mail/notices/unsubscribe?token=" : "/api/v1/subscriptions/unsubscribe?token=")
                + token;
    }

    /** Without a trailing slash. */
    public static String base() {
        String url = System.getProperty(PROPERTY, "http://localhost:8080").trim();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
