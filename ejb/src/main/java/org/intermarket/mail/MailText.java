package org.intermarket.mail;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
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
        boolean english = "en".equals(language);
        String item = english && need.itemEn() != null && !need.itemEn().isBlank() ? need.itemEn() : need.itemZh();
        String region = english ? need.regionEn() : need.regionZh();
        String ceiling = ceiling(texts, need.ceiling());
        String deadline = TIME.format(need.deadline().atZone(BEIJING)) + " " + texts.getString("mail.beijingTime");
        String key = "mail." + kind.name();
        String subject = format(texts, key + ".subject", need.project(), item);
        String intro = format(texts, key + ".intro", need.project(), item);

        String[][] rows = {
                {texts.getString("mail.project"), need.project()},
                {texts.getString("mail.item"), item + " (" + need.itemCode() + ")"},
                {texts.getString("mail.region"), region},
                {texts.getString("mail.ceiling"), ceiling},
                {texts.getString("mail.deadline"), deadline},
        };
        String reasonLabel = texts.getString("mail.reason");
        String open = texts.getString("mail.open");
        String why = texts.getString("mail.why");
        String unsubscribe = texts.getString("mail.unsubscribe");

        StringBuilder text = new StringBuilder(intro).append("\n\n");
        for (String[] row : rows) {
            text.append(row[0]).append(": ").append(row[1]).append('\n');
        }
        if (reason != null) {
            text.append(reasonLabel).append(": ").append(reason).append('\n');
        }
        text.append('\n').append(open).append(": ").append(need.link()).append("\n\n-- \n").append(why).append('\n');
        if (unsubscribeLink != null) {
            text.append(unsubscribe).append(": ").append(unsubscribeLink).append('\n');
        }

        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(english ? "en" : "zh-CN")
                .append("\"><head><meta charset=\"UTF-8\"><title>").append(escape(subject)).append("</title></head><body>")
                .append("<p>").append(escape(intro)).append("</p><table>");
        for (String[] row : rows) {
            html.append("<tr><th align=\"left\">").append(escape(row[0])).append("</th><td>").append(escape(row[1])).append("</td></tr>");
        }
        if (reason != null) {
            html.append("<tr><th align=\"left\">").append(escape(reasonLabel)).append("</th><td>").append(escape(reason)).append("</td></tr>");
        }
        html.append("</table><p><a href=\"").append(escape(need.link())).append("\">").append(escape(open)).append("</a></p>")
                .append("<hr><p><small>").append(escape(why));
        if (unsubscribeLink != null) {
            html.append(" <a href=\"").append(escape(unsubscribeLink)).append("\">").append(escape(unsubscribe)).append("</a>");
        }
        html.append("</small></p></body></html>");
        return new RenderedMail(subject, text.toString(), html.toString());
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
