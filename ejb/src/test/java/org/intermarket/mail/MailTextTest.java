package org.intermarket.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailTextTest {

    private static final NeedFacts NEED = new NeedFacts(17L, "城东<b>污水</b>厂 \"扩建\"", "ZJFW-003", "环境影响评价", "Environmental impact assessment",
            "杭州市", "Hangzhou, Zhejiang", new BigDecimal("120000"), Instant.parse("2026-12-08T09:00:00Z"), "https://market.example/need.xhtml?id=17");

    @Test
    void aPublishedNeedReadsInChineseWithTheDeadlineInBeijingTime() {
        RenderedMail mail = MailText.render(MailKind.NEED_PUBLISHED, "zh", NEED, null, "https://market.example/unsubscribe.xhtml?token=t");
        assertEquals("新的中介需求：「城东<b>污水</b>厂 \"扩建\"」的环境影响评价", mail.subject());
        assertTrue(mail.text().contains("报价截止: 2026-12-08 17:00 （北京时间）"), mail.text());
        assertTrue(mail.text().contains("最高限价: 120000.00 元"), mail.text());
        assertTrue(mail.text().contains("地区: 杭州市"), mail.text());
        assertTrue(mail.text().contains("https://market.example/need.xhtml?id=17"), mail.text());
        assertTrue(mail.text().contains("退订: https://market.example/unsubscribe.xhtml?token=t"), mail.text());
    }

    @Test
    void anAmendmentReadsInEnglishWithTheOwnersReason() {
        RenderedMail mail = MailText.render(MailKind.NEED_AMENDED, "en", NEED, "scope widened", null);
        assertTrue(mail.subject().startsWith("Need amended: Environmental impact assessment"), mail.subject());
        assertTrue(mail.text().contains("Bid deadline: 2026-12-08 17:00 (Beijing time)"), mail.text());
        assertTrue(mail.text().contains("Ceiling price: CNY 120000.00"), mail.text());
        assertTrue(mail.text().contains("The owner's reason: scope widened"), mail.text());
        assertFalse(mail.text().contains("Unsubscribe"), "no link, no line: " + mail.text());
    }

    @Test
    void theHtmlPartEscapesWhatOwnersTyped() {
        RenderedMail mail = MailText.render(MailKind.NEED_CANCELLED, "en", NEED, "<script>alert(1)</script>", "https://x/u?token=a&b");
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertTrue(mail.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), mail.html());
        assertTrue(mail.html().contains("城东&lt;b&gt;污水&lt;/b&gt;厂 &quot;扩建&quot;"), mail.html());
        assertTrue(mail.html().contains("href=\"https://x/u?token=a&amp;b\""), mail.html());
    }

    @Test
    void aNeedWithoutCeilingSaysSo() {
        NeedFacts direct = new NeedFacts(1L, "p", "ZJFW-003", "环评", "EIA", "杭州市", "Hangzhou", null, Instant.EPOCH, "l");
        assertTrue(MailText.render(MailKind.NEED_PUBLISHED, "zh", direct, null, null).text().contains("未设最高限价"));
        assertTrue(MailText.render(MailKind.NEED_PUBLISHED, "en", direct, null, null).text().contains("no ceiling price"));
    }

    @Test
    void aDigestListsEachNeedUnderItsOwnHeading() {
        NeedFacts other = new NeedFacts(18L, "港区码头", "ZJFW-003", "环境影响评价", "EIA", "宁波市", "Ningbo, Zhejiang", null, Instant.EPOCH,
                "https://market.example/need.xhtml?id=18");
        RenderedMail one = MailText.renderDigest("en", java.util.List.of(NEED), null);
        RenderedMail two = MailText.renderDigest("zh", java.util.List.of(NEED, other), "https://x/u");
        assertEquals("Daily digest: one new need", one.subject());
        assertEquals("每日需求汇总：2 条新需求", two.subject());
        assertTrue(two.text().contains("「港区码头」的环境影响评价") && two.text().contains("need.xhtml?id=17") && two.text().contains("need.xhtml?id=18"),
                two.text());
        assertEquals(2, two.html().split("<h3>").length - 1, two.html());
    }

    @Test
    void theDailyDigestHourIsTheNextOneInBeijing() {
        // 09:00Z is 17:00 in Beijing: 08:00 is tomorrow's, 18:00 today's
        Instant now = Instant.parse("2026-12-08T09:00:00Z");
        assertEquals(Instant.parse("2026-12-09T00:00:00Z"), DigestHour.next(8, now));
        assertEquals(Instant.parse("2026-12-08T10:00:00Z"), DigestHour.next(18, now));
        assertEquals(Instant.parse("2026-12-09T09:00:00Z"), DigestHour.next(17, now), "the hour now is tomorrow's");
    }

    @Test
    void aMessageIdIsFixedByTheOutboxRow() {
        assertEquals("<intermarket-mail-42@market.example>", MailSender.messageId(42L, "noreply@market.example"));
        assertEquals("<intermarket-mail-42@intermarket.local>", MailSender.messageId(42L, "nobody"));
    }

    @Test
    void everyKindAnAccountMayChooseHasItsNameInBothLanguages() {
        for (org.intermarket.inbox.NotificationKind kind : NoticeChoice.choosable()) {
            assertFalse(MailText.noticeTitle(kind, "zh").isBlank(), kind::name);
            assertFalse(MailText.noticeTitle(kind, "en").isBlank(), kind::name);
            assertFalse(MailText.noticeTitle(kind, "zh").equals(MailText.noticeTitle(kind, "en")), kind::name);
        }
        assertFalse(NoticeChoice.choosable().contains(org.intermarket.inbox.NotificationKind.NEED_PUBLISHED), "chosen by the subscription");
    }

    @Test
    void anInboxMessageByMailSaysItsKindItsNeedAndWhereToReadItAndNothingElse() {
        RenderedMail mail = MailText.renderNotice("en", "Bidding closed", "城东<b>污水</b>厂", "环境影响评价", "Environmental impact assessment",
                "https://market.example/need.xhtml?id=17", "https://market.example/account/inbox.xhtml", "https://market.example/account/mail.xhtml",
                "https://market.example/unsubscribe.xhtml?token=n-5-BIDDING_CLOSED-x");
        assertEquals("Bidding closed: Environmental impact assessment for \"城东<b>污水</b>厂\"", mail.subject());
        assertEquals("""
                A new message in your inbox: Bidding closed.

                About: Environmental impact assessment for "城东<b>污水</b>厂"
                Open it in the intermediary-service marketplace: https://market.example/need.xhtml?id=17
                Sign in to read it in your inbox: https://market.example/account/inbox.xhtml

                --\s
                You receive this mail because your account chose to hear of this kind of message by mail as well.
                Choose which messages come by mail: https://market.example/account/mail.xhtml
                Stop this kind of message coming by mail: https://market.example/unsubscribe.xhtml?token=n-5-BIDDING_CLOSED-x
                """, mail.text());
        assertTrue(mail.html().contains("<a href=\"https://market.example/unsubscribe.xhtml?token=n-5-BIDDING_CLOSED-x\">"), mail.html());
        assertTrue(mail.html().contains("城东&lt;b&gt;污水&lt;/b&gt;厂") && !mail.html().contains("<b>"), mail.html());
        RenderedMail plain = MailText.renderNotice("zh", "表彰加分", null, null, null, null, "https://m/account/inbox.xhtml", "https://m/account/mail.xhtml",
                "https://m/unsubscribe.xhtml?token=t");
        assertEquals("表彰加分", plain.subject());
        assertFalse(plain.text().contains("事项"), "about no need: " + plain.text());
    }
}
