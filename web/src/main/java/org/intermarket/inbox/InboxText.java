package org.intermarket.inbox;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.intermarket.shared.view.Formats;
import org.intermarket.shared.view.StoredTextFormat;

/**
 * Renders a notification in a language: the message {@code inbox.<KIND>} of the bundle, filled
 * with its parameters. A parameter that is itself a code with a label (a rejection reason)
 * is shown by that label, a stored text (a lapse's reason) in the reader's language, and a time in market time (China Standard Time), as every page shows it:
 * the same deadline must not read eight hours apart in the inbox and on the need's page.
 */
public final class InboxText {

    private static final String BUNDLE = "org.intermarket.i18n.messages";

    /** How notifications store a time: {@code Instant.toString()}, e.g. 2026-12-07T02:39:19Z. */
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");


    private InboxText() {
    }

    public static String render(Notification notification, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        List<String> params = Inbox.params(notification);
        StoredTextFormat stored = new StoredTextFormat(bundle, locale);
        Object[] arguments = params.stream().map(param -> param.startsWith("{") ? stored.render(param) : label(bundle, param)).toArray();
        String key = "inbox." + notification.kind().name();
        // A kind without a text yet (InboxTextTest guards this) still shows something rather than failing the page.
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : notification.kind().name() + " {0} {1} {2}";
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static String label(ResourceBundle bundle, String param) {
        if (INSTANT.matcher(param).matches()) {
            try {
                return Formats.DATE_TIME.format(Instant.parse(param));
            } catch (DateTimeParseException notATime) {
                return param;
            }
        }
        try {
            return param.matches("[A-Z_]+") ? bundle.getString("reject." + param) : param;
        } catch (MissingResourceException notACode) {
            return param;
        }
    }
}
