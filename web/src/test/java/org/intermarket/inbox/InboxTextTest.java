package org.intermarket.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
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

    private static final String PORT_EIA = StoredText.of(Inbox.NEED_SUBJECT, "need", 17, "project", "宁波港扩建工程", "item", "环境影响评价",
            "nameEn", "Environmental impact assessment").encode();

    @Test
    void aTimeIsShownInMarketTimeNotAsTheStoredInstant() {
        Notification signed = notification(NotificationKind.CONTRACT_SIGNED, PORT_EIA, "2026-12-07T02:39:19.874231Z");
        assertEquals("业主已就「宁波港扩建工程」的环境影响评价签订合同，请在 2026-12-07 10:39 前确认。", InboxText.render(signed, Locale.SIMPLIFIED_CHINESE));
        assertTrue(InboxText.render(signed, Locale.ENGLISH).contains("2026-12-07 10:39"), InboxText.render(signed, Locale.ENGLISH));
    }

    @Test
    void aNeedIsNamedByItsProjectAndItsItemInTheReadersLanguage() {
        Notification won = notification(NotificationKind.BID_WON, PORT_EIA);
        assertEquals("您在「宁波港扩建工程」的环境影响评价中选，结果公示中。", InboxText.render(won, Locale.SIMPLIFIED_CHINESE));
        assertEquals("You won Environmental impact assessment for project \"宁波港扩建工程\"; the result notice is up.",
                InboxText.render(won, Locale.ENGLISH));
        Notification rejected = notification(NotificationKind.DELIVERY_REJECTED, PORT_EIA, "图纸缺页");
        assertEquals("合同（「宁波港扩建工程」的环境影响评价）的成果未通过验收，原因：图纸缺页。请修改后重新提交。",
                InboxText.render(rejected, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aMessageStoredWhenNeedsWereNamedByNumberStillReadsAsASentence() {
        Notification signed = notification(NotificationKind.CONTRACT_SIGNED, "17", "5", "2026-12-07T02:39:19.874231Z");
        assertEquals("业主已就需求 17（合同 5）签订合同，请在 2026-12-07 10:39 前确认。", InboxText.render(signed, Locale.SIMPLIFIED_CHINESE));
        assertEquals("The owner signed the contract for need 17 (contract 5); confirm it by 2026-12-07 10:39.", InboxText.render(signed, Locale.ENGLISH));
        Notification published = notification(NotificationKind.NEED_PUBLISHED, "EIA-01", "宁波港扩建工程", "2026-12-07T02:39:19Z");
        assertEquals("新需求：项目“宁波港扩建工程”的事项 EIA-01，报价截止 2026-12-07 10:39。", InboxText.render(published, Locale.SIMPLIFIED_CHINESE));
        Notification cancelled = notification(NotificationKind.NEED_CANCELLED, "17", "项目撤销");
        assertEquals("需求 17已被业主取消，原因：项目撤销", InboxText.render(cancelled, Locale.SIMPLIFIED_CHINESE));
        Notification accepted = notification(NotificationKind.DELIVERY_ACCEPTED, "5");
        assertEquals("The deliverables of the contract (no. 5) were accepted.", InboxText.render(accepted, Locale.ENGLISH));
    }

    @Test
    void aViolationNamesItsSeverityAndTheRuleItBrokeInTheReadersLanguage() {
        String overdue = StoredText.of("overdue", "contract", 5, "due", java.time.LocalDate.parse("2026-12-07")).encode();
        Notification violation = notification(NotificationKind.VIOLATION_RECORDED, "MINOR", overdue);
        assertEquals("您的机构被记录一次轻微违规：超过服务期限未交付 · 合同 5 · 交付期限 2026-12-07", InboxText.render(violation, Locale.SIMPLIFIED_CHINESE));
        assertTrue(InboxText.render(violation, Locale.ENGLISH).startsWith("A Minor violation"), InboxText.render(violation, Locale.ENGLISH));
    }

    private static Notification notification(NotificationKind kind, String... params) {
        return new Notification(1L, kind, List.of(params), null, Instant.parse("2026-12-06T00:00:00Z"));
    }

    @Test
    void aReasonTheMarketStoredAsACodeIsPhrasedInTheReadersLanguage() {
        String lapsed = StoredText.of("unconfirmed", "confirmBy", Instant.parse("2026-12-07T02:39:19Z")).encode();
        Notification notification = notification(NotificationKind.CONTRACT_LAPSED, PORT_EIA, lapsed);
        String chinese = InboxText.render(notification, Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.contains("中选机构未在签约期内确认 · 确认期限 2026-12-07 10:39"), chinese);
        String english = InboxText.render(notification, Locale.ENGLISH);
        assertTrue(english.contains("Not confirmed by the winner within the signing period · To be confirmed by 2026-12-07 10:39"), english);
    }
}
