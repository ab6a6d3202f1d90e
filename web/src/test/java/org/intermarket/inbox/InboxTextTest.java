package org.intermarket.inbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class InboxTextTest {

    @Test
    void everyKindOfNotificationHasAMessageInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.intermarket.i18n.messages", locale);
            for (NotificationKind kind : NotificationKind.values()) {
                assertTrue(bundle.containsKey("inbox." + kind.name()), kind + " in " + locale);
            }
        }
    }
}
