package org.intermarket.mail;

/** The market's public address ({@code -Dintermarket.public.url}), which every link in a mail starts with. */
public final class PublicUrl {

    public static final String PROPERTY = "intermarket.public.url";

    /** The page a mail's unsubscribe link leads a person to; the token follows. */
    static final String UNSUBSCRIBE_PAGE = "/unsubscribe.xhtml?token=";

    private PublicUrl() {
    }

    /** Without a trailing slash. */
    public static String base() {
        String url = System.getProperty(PROPERTY, "http://localhost:8080").trim();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
