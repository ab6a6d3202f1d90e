package org.intermarket.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.intermarket.shared.StoredText;
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

    @Test
    void aTimeIsShownInMarketTimeNotAsTheStoredInstant() {
        Notification signed = new Notification(1L, NotificationKind.CONTRACT_SIGNED, "[\"17\",\"5\",\"2026-12-07T02:39:19.874231Z\"]", null,
                Instant.parse("2026-12-06T00:00:00Z"));
        assertEquals("业主已就需求 17 签订合同（合同 5），请在 2026-12-07 10:39 前确认。", InboxText.render(signed, Locale.SIMPLIFIED_CHINESE));
        assertTrue(InboxText.render(signed, Locale.ENGLISH).contains("2026-12-07 10:39"), InboxText.render(signed, Locale.ENGLISH));
    }

    @Test
    void aReasonTheMarketStoredAsACodeIsPhrasedInTheReadersLanguage() {
        String lapsed = StoredText.of("unconfirmed", "confirmBy", Instant.parse("2026-12-07T02:39:19Z")).encode();
        Notification notification = new Notification(1L, NotificationKind.CONTRACT_LAPSED, Json.createArrayBuilder().add("5").add(lapsed).build().toString(),
                null, Instant.parse("2026-12-08T00:00:00Z"));
        String chinese = InboxText.render(notification, Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.contains("中选机构未在签约期内确认 · 确认期限 2026-12-07 10:39"), chinese);
        String english = InboxText.render(notification, Locale.ENGLISH);
        assertTrue(english.contains("Not confirmed by the winner within the signing period · To be confirmed by 2026-12-07 10:39"), english);
    }
}
