package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.intermarket.it.Agencies.Agency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The mail pages: an agency account's subscription in its workspace, the unsubscribe page a mail's text links to, and
 * the administrator's outbox, where (no SMTP server being set for this class) the mails are kept.
 */
@ExtendWith(FastMarket.class)
class MailPagesIT extends BrowserTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("(/unsubscribe\\.xhtml\\?token=[0-9]+-[0-9]+-[A-Za-z0-9_-]{43})");

    @Test
    void anAgencySubscribesOnItsPageAndLeavesThroughTheLinkOfAKeptMail() {
        MailServer.keepMails();
        Agency agency = Agencies.admitted("330100");
        browser.signIn(agency.username(), Registrations.PASSWORD);
        browser.open("/agency/index.xhtml?lang=zh");
        browser.waitFor(By.id("subscription-link")).click();
        browser.waitForText(By.id("subscription-state"), "尚未订阅");
        assertTrue(browser.driver().findElement(By.id("subscription:items")).getText().contains(Agencies.OPEN_ITEM),
                "the items of its guides are proposed");
        browser.screenshot("subscription-agency-zh-proposal");
        browser.driver().findElement(By.id("subscription:save")).click();
        browser.waitForText(By.cssSelector("main"), "订阅已保存");
        browser.waitForText(By.id("subscription-state"), "已订阅");
        JsonObject saved = agency.api().get("/api/v1/subscriptions/mine").json();
        assertTrue(saved.getBoolean("subscribed"));
        assertEquals(List.of(Agencies.OPEN_ITEM), Api.strings(saved, "items"));
        assertEquals("zh", saved.getString("language"));
        browser.screenshot("subscription-agency-zh");
        browser.open("/agency/subscription.xhtml?lang=en");
        browser.waitForText(By.id("subscription-state"), "Subscribed");
        browser.screenshot("subscription-agency-en");

        long need = Market.published(Market.owner(), "LOWEST_PRICE", "120000.00", 600, null);
        Api admin = Api.demo("admin");
        JsonObject mail = awaitMailTo(admin, agency.username() + "@example.org");
        assertEquals("PENDING", mail.getString("state"), "kept: no SMTP server is set");
        String text = admin.get("/api/v1/mail/outbox/" + mail.getJsonNumber("id").longValue()).json().getString("text");
        assertTrue(text.contains("/need.xhtml?id=" + need), text);

        browser.signOut();
        browser.signIn("admin", Api.DEMO_PASSWORD);
        browser.open("/admin/outbox.xhtml?lang=zh");
        browser.waitForText(By.id("outbox-mode"), "未配置 SMTP 服务器");
        browser.waitForText(By.id("outbox:mails"), agency.username() + "@example.org");
        browser.screenshot("outbox-admin-zh");
        browser.open("/admin/outbox.xhtml?lang=en");
        browser.waitForText(By.id("outbox-mode"), "No SMTP server configured");
        browser.screenshot("outbox-admin-en");
        browser.signOut();

        Matcher link = UNSUBSCRIBE.matcher(text);
        assertTrue(link.find(), text);
        String forged = link.group(1).substring(0, link.group(1).length() - 1) + (link.group(1).endsWith("A") ? "B" : "A");
        browser.open(forged + "&lang=zh");
        browser.waitFor(By.id("unsubscribe:confirm")).click();
        browser.waitForText(By.cssSelector("main"), "您无权操作此记录");
        assertTrue(agency.api().get("/api/v1/subscriptions/mine").json().getBoolean("subscribed"), "a forged link changed nothing");

        browser.open(link.group(1) + "&lang=zh");
        browser.screenshot("unsubscribe-zh");
        assertTrue(agency.api().get("/api/v1/subscriptions/mine").json().getBoolean("subscribed"), "opening the page changes nothing");
        browser.waitFor(By.id("unsubscribe:confirm")).click();
        browser.waitForText(By.id("unsubscribed"), "已退订");
        assertFalse(agency.api().get("/api/v1/subscriptions/mine").json().getBoolean("subscribed"));
    }

    @Test
    void onlyAgenciesHaveASubscriptionPageAndOnlyAdministratorsTheOutbox() {
        browser.signIn("owner1", Api.DEMO_PASSWORD);
        browser.open("/agency/subscription.xhtml");
        assertTrue(browser.driver().findElements(By.id("subscription")).isEmpty(), "an owner is refused");
        browser.open("/admin/outbox.xhtml");
        assertTrue(browser.driver().findElements(By.id("outbox")).isEmpty(), "an owner is refused");
    }

    private static JsonObject awaitMailTo(Api admin, String address) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            for (JsonObject mail : admin.get("/api/v1/mail/outbox?size=50").json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (mail.getString("recipient").equals(address)) {
                    return mail;
                }
            }
            Market.pause();
        }
        throw new AssertionError("no mail to " + address + " in the outbox");
    }
}
