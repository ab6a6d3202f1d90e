package org.intermarket.mail;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.shared.ClockProducer;

/**
 * Renders a mail about a need in its reader's language (the bundle {@code org.intermarket.mail.mail}, Chinese by
 * default, English), as plain text and as HTML with the same content, times in Beijing time. Only {@link NeedFacts}
 * and the owner's own words (a reason) go in: nothing sealed can.
 */
public final class MailText {

    private static final String BUNDLE = "org.intermarket.mail.mail";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId BEIJING = ClockProducer.MARKET_ZONE;

    private MailText() {
    }

    /**
     * The mail of {@code kind} about {@code need}; {@code reason} is the owner's reason for an amendment or a
     * cancellation (null for a publication), {@code unsubscribeLink} the reader's one-click link.
     */
    public static RenderedMail render(MailKind kind, String language, NeedFacts need, String reason, String unsubscribeLink) {
        ResourceBundle texts = bundle(language);
        String key = "mail." + kind.name();
        String subject = format(texts, key + ".subject", need.project(), item(language, need));
        String intro = format(texts, key + ".intro", need.project(), item(language, need));
        StringBuilder text = new StringBuilder(intro).append("\n\n");
        StringBuilder html = head(language, subject).append("<p>").append(escape(intro)).append("</p>");
        block(texts, language, need, reason, text, html);
        return new RenderedMail(subject, foot(texts, unsubscribeLink, text, html).toString(), html.toString());
    }

    /** The daily digest: the needs, each as a publication mail tells it, in one mail. */
    public static RenderedMail renderDigest(String language, List<NeedFacts> needs, String unsubscribeLink) {
        ResourceBundle texts = bundle(language);
        String subject = format(texts, "mail.DAILY_DIGEST.subject", needs.size());
        String intro = texts.getString("mail.DAILY_DIGEST.intro");
        StringBuilder text = new StringBuilder(intro).append("\n");
        StringBuilder html = head(language, subject).append("<p>").append(escape(intro)).append("</p>");
        for (NeedFacts need : needs) {
            String title = format(texts, "mail.DAILY_DIGEST.need", need.project(), item(language, need));
            text.append("\n").append(title).append("\n");
            html.append("<h3>").append(escape(title)).append("</h3>");
            block(texts, language, need, null, text, html);
        }
        return new RenderedMail(subject, foot(texts, unsubscribeLink, text, html).toString(), html.toString());
    }

    /**
     * A message of the reader's inbox, by mail: what kind of message it is, the need it is about (its project and item,
     * as every page names it publicly) and where to read it. Nothing else of the message goes in: its details (counts,
     * reasons, prices) stay behind the sign-in, so a mail can never tell more than the public pages and the kind. Its foot
     * says why it came, where to choose, and the link that stops this kind without signing in.
     */
    public static RenderedMail renderNotice(String language, String kindTitle, String project, String itemZh, String itemEn,
            String link, String inboxLink, String choiceLink, String stopLink) {
        ResourceBundle texts = bundle(language);
        String about = project == null ? null
                : format(texts, "mail.DAILY_DIGEST.need", project, "en".equals(language) && itemEn != null && !itemEn.isBlank() ? itemEn : itemZh);
        String subject = about == null ? kindTitle : kindTitle + ": " + about;
        String intro = format(texts, "mail.INBOX_NOTICE.intro", kindTitle);
        StringBuilder text = new StringBuilder(intro).append("\n\n");
        StringBuilder html = head(language, subject).append("<p>").append(escape(intro)).append("</p><table>");
        if (about != null) {
            String label = texts.getString("mail.INBOX_NOTICE.about");
            text.append(label).append(": ").append(about).append('\n');
            html.append("<tr><th align=\"left\">").append(escape(label)).append("</th><td>").append(escape(about)).append("</td></tr>");
        }
        html.append("</table>");
        if (link != null) {
            String open = texts.getString("mail.open");
            text.append(open).append(": ").append(link).append('\n');
            html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(open)).append("</a></p>");
        }
        String inbox = texts.getString("mail.INBOX_NOTICE.inbox");
        text.append(inbox).append(": ").append(inboxLink).append('\n');
        html.append("<p><a href=\"").append(escape(inboxLink)).append("\">").append(escape(inbox)).append("</a></p>");
        String why = texts.getString("mail.INBOX_NOTICE.why");
        String choose = texts.getString("mail.INBOX_NOTICE.choose");
        String stop = texts.getString("mail.INBOX_NOTICE.stop");
        text.append("\n-- \n").append(why).append('\n').append(choose).append(": ").append(choiceLink).append('\n')
                .append(stop).append(": ").append(stopLink).append('\n');
        html.append("<hr><p><small>").append(escape(why)).append(" <a href=\"").append(escape(choiceLink)).append("\">")
                .append(escape(choose)).append("</a> <a href=\"").append(escape(stopLink)).append("\">").append(escape(stop))
                .append("</a></small></p></body></html>");
        return new RenderedMail(subject, text.toString(), html.toString());
    }

    /** The name of a kind of inbox message in a language, as its mail's subject and the page of choices say it. */
    public static String noticeTitle(NotificationKind kind, String language) {
        return bundle(language).getString("notice." + kind.name());
    }

    private static String item(String language, NeedFacts need) {
        return "en".equals(language) && need.itemEn() != null && !need.itemEn().isBlank() ? need.itemEn() : need.itemZh();
    }

    private static StringBuilder head(String language, String subject) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"").append("en".equals(language) ? "en" : "zh-CN")
                .append("\"><head><meta charset=\"UTF-8\"><title>").append(escape(subject)).append("</title></head><body>");
    }

    /** A need's facts as a table, the owner's reason if there is one, and the link to its page. */
    private static void block(ResourceBundle texts, String language, NeedFacts need, String reason, StringBuilder text, StringBuilder html) {
        String[][] rows = {
                {texts.getString("mail.project"), need.project()},
                {texts.getString("mail.item"), item(language, need) + " (" + need.itemCode() + ")"},
                {texts.getString("mail.region"), "en".equals(language) ? need.regionEn() : need.regionZh()},
                {texts.getString("mail.ceiling"), ceiling(texts, need.ceiling())},
                {texts.getString("mail.deadline"), TIME.format(need.deadline().atZone(BEIJING)) + " " + texts.getString("mail.beijingTime")},
        };
        html.append("<table>");
        for (String[] row : rows) {
            text.append(row[0]).append(": ").append(row[1]).append('\n');
            html.append("<tr><th align=\"left\">").append(escape(row[0])).append("</th><td>").append(escape(row[1])).append("</td></tr>");
        }
        if (reason != null) {
            String label = texts.getString("mail.reason");
            text.append(label).append(": ").append(reason).append('\n');
            html.append("<tr><th align=\"left\">").append(escape(label)).append("</th><td>").append(escape(reason)).append("</td></tr>");
        }
        String open = texts.getString("mail.open");
        text.append(open).append(": ").append(need.link()).append('\n');
        html.append("</table><p><a href=\"").append(escape(need.link())).append("\">").append(escape(open)).append("</a></p>");
    }

    /** Why the reader gets this mail, and the way out; closes the HTML. */
    private static StringBuilder foot(ResourceBundle texts, String unsubscribeLink, StringBuilder text, StringBuilder html) {
        String why = texts.getString("mail.why");
        String unsubscribe = texts.getString("mail.unsubscribe");
        text.append("\n-- \n").append(why).append('\n');
        html.append("<hr><p><small>").append(escape(why));
        if (unsubscribeLink != null) {
            text.append(unsubscribe).append(": ").append(unsubscribeLink).append('\n');
            html.append(" <a href=\"").append(escape(unsubscribeLink)).append("\">").append(escape(unsubscribe)).append("</a>");
        }
        html.append("</small></p></body></html>");
        return text;
    }

    private static String ceiling(ResourceBundle texts, BigDecimal ceiling) {
        return ceiling == null ? texts.getString("mail.noCeiling") : format(texts, "mail.amount", ceiling.setScale(2).toPlainString());
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ROOT).format(arguments);
    }

    /** The mail bundle of the language, never another language's because of the server's own default locale. */
    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, "en".equals(language) ? Locale.ENGLISH : Locale.ROOT, MailText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
