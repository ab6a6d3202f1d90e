package org.intermarket.inbox;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders a notification in a language: the message {@code inbox.<KIND>} of the bundle, filled
 * with its parameters. A parameter that is itself a code with a label (a rejection reason)
 * is shown by that label.
 */
public final class InboxText {

    private static final String BUNDLE = "org.intermarket.i18n.messages";

    private InboxText() {
    }

    public static String render(Notification notification, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        List<String> params = Inbox.params(notification);
        Object[] arguments = params.stream().map(param -> label(bundle, param)).toArray();
        String key = "inbox." + notification.kind().name();
        // A kind without a text yet (InboxTextTest guards this) still shows something rather than failing the page.
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : notification.kind().name() + " {0} {1} {2}";
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static String label(ResourceBundle bundle, String param) {
        try {
            return param.matches("[A-Z_]+") ? bundle.getString("reject." + param) : param;
        } catch (MissingResourceException notACode) {
            return param;
        }
    }
}
