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
    private static final Pattern NOTICE_UNSUBSCRIBE = Pattern.compile("(/unsubscribe\\.xhtml\\?token=n-[0-9]+-REWARD_GRANTED-[A-Za-z0-9_-]{43})");

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
    void anOwnerChoosesOnItsAccountPagesWhichMessagesComeByMail() {
        Market.Owner owner = Market.owner();
        browser.signIn(owner.username(), Registrations.PASSWORD);
        browser.open("/account/index.xhtml?lang=zh");
        browser.waitFor(By.id("notice-mail-link")).click();
        browser.waitForText(By.cssSelector("main"), "选择消息中心的哪些消息同时以邮件发送给您");
        assertTrue(browser.driver().findElements(By.id("subscription-link")).isEmpty(), "an owner has no need subscription to go to");
        browser.screenshot("notice-mail-owner-zh");
        browser.open("/account/mail.xhtml?lang=en");
        browser.waitForText(By.id("notices:kinds"), "Bidding closed");
        browser.driver().findElement(By.xpath("//label[text()='Bidding closed']")).click();
        browser.driver().findElement(By.xpath("//label[text()='Contract confirmed']")).click();
        browser.selectMenuItem("notices:language", "English");
        browser.driver().findElement(By.id("notices:save")).click();
        browser.waitForText(By.cssSelector("main"), "Your choice of messages by mail is saved");
        browser.screenshot("notice-mail-owner-en");
        JsonObject saved = owner.api().get("/api/v1/mail/notices/mine").json();
        assertEquals(List.of("BIDDING_CLOSED", "CONTRACT_CONFIRMED"), Api.strings(saved, "kinds"));
        assertEquals("en", saved.getString("language"));

        browser.open("/account/mail.xhtml?lang=en");
        browser.driver().findElement(By.xpath("//label[text()='Bidding closed']")).click();
        browser.driver().findElement(By.id("notices:save")).click();
        browser.waitForText(By.cssSelector("main"), "Your choice of messages by mail is saved");
        assertEquals(List.of("CONTRACT_CONFIRMED"), Api.strings(owner.api().get("/api/v1/mail/notices/mine").json(), "kinds"),
                "the page shows the saved choice and unticking takes a kind away");
    }

    @Test
    void aNoticeMailsLinkNamesItsKindAndStopsItWithTheButton() {
        MailServer.keepMails();
        Agency agency = Agencies.admitted("330100");
        assertEquals(200, agency.api().put("/api/v1/mail/notices/mine", "{\"kinds\":[\"REWARD_GRANTED\",\"BID_WON\"],\"language\":\"zh\"}").status());
        assertEquals(201, Api.demo("supervisor").post(agency.path() + "/rewards", "{\"points\":1,\"reason\":\"抢险服务及时到位\"}").status());
        Api admin = Api.demo("admin");
        JsonObject mail = awaitMailTo(admin, agency.username() + "@example.org");
        String text = admin.get("/api/v1/mail/outbox/" + mail.getJsonNumber("id").longValue()).json().getString("text");
        Matcher link = NOTICE_UNSUBSCRIBE.matcher(text);
        assertTrue(link.find(), text);

        browser.open(link.group(1) + "&lang=zh");
        browser.waitForText(By.id("question"), "确定不再以邮件接收“表彰加分”消息吗？");
        assertEquals("退订消息邮件", browser.driver().findElement(By.tagName("h1")).getText().trim());
        browser.screenshot("unsubscribe-notice-zh");
        assertEquals(List.of("BID_WON", "REWARD_GRANTED"), kinds(agency), "opening the page changes nothing");
        browser.waitFor(By.id("unsubscribe:confirm")).click();
        browser.waitForText(By.id("unsubscribed"), "已停止以邮件发送“表彰加分”消息");
        assertEquals(List.of("BID_WON"), kinds(agency), "that kind alone stopped");
        browser.open(link.group(1) + "&lang=en");
        browser.waitForText(By.id("question"), "Stop mails about \"Reward granted\" messages?");
        browser.screenshot("unsubscribe-notice-en");
    }

    @Test
    void theSupervisorsStatisticsShowPerNeedOfAnItemHowManyAgenciesMailReachedAndHowManyOfThemBid() {
        MailServer.keepMails();
        String item = "ZJFW-001";
        Agency bidder = Agencies.admitted("330100");
        Agency idle = Agencies.admitted("330100");
        for (Agency agency : List.of(bidder, idle)) {
            assertEquals(201, Agencies.publishGuide(agency, item).status());
            assertEquals(200, agency.api().put("/api/v1/subscriptions/mine",
                    "{\"items\":[\"" + item + "\"],\"frequency\":\"IMMEDIATE\",\"language\":\"zh\"}").status());
        }
        Market.Owner owner = Market.owner();
        Api.Reply drafted = owner.api().post("/api/v1/needs", Market.need(Market.project(owner), "LOWEST_PRICE", "120000.00",
                TestClock.now().plusSeconds(600), null).replace(Agencies.OPEN_ITEM, item));
        assertEquals(201, drafted.status(), drafted::toString);
        long need = drafted.json().getJsonNumber("id").longValue();
        assertEquals(200, owner.api().post("/api/v1/needs/" + need + "/publish", null).status());
        Market.bidId(bidder, need, "90000.00");
        Market.awaitClosed(need);
        JsonObject reach = Api.demo("supervisor").get("/api/v1/mail/reach?item=" + item + "&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("needId").longValue() == need).findFirst().orElseThrow();

        browser.signIn("supervisor", Api.DEMO_PASSWORD);
        browser.open("/statistics.xhtml?item=" + item + "&lang=en");
        By row = By.xpath("//table[@id='reach']//tr[td[2]/a[text()='" + need + "']]");
        browser.waitFor(row);
        List<String> cells = browser.driver().findElement(row).findElements(By.tagName("td")).stream().map(td -> td.getText().trim()).toList();
        assertEquals("城东污水处理厂扩建工程", cells.get(2), cells::toString);
        assertEquals(String.valueOf(reach.getInt("reached")), cells.get(4), "the agencies reached, as the API counts them: " + cells);
        assertTrue(reach.getInt("reached") >= 2, reach::toString);
        assertEquals("1", cells.get(5), "of them, the one that bid: " + cells);
        assertTrue(browser.driver().findElement(By.id("reach-pager")).getText().startsWith("1 / "), "a page at a time");
        browser.screenshot("statistics-reach-supervisor-en");
        browser.open("/statistics.xhtml?item=" + item + "&lang=zh");
        browser.waitForText(By.id("mail-reach"), "邮件触达");
        browser.screenshot("statistics-reach-supervisor-zh");
        browser.signOut();

        browser.signIn(owner.username(), Registrations.PASSWORD);
        browser.open("/statistics.xhtml?item=" + item + "&lang=en");
        browser.waitFor(By.id("statistics"));
        assertTrue(browser.driver().findElements(By.id("mail-reach")).isEmpty(), "the reach is the supervisors'");
    }

    @Test
    void onlyAgenciesHaveASubscriptionPageAndOnlyAdministratorsTheOutbox() {
        browser.signIn("owner1", Api.DEMO_PASSWORD);
        browser.open("/agency/subscription.xhtml");
        assertTrue(browser.driver().findElements(By.id("subscription")).isEmpty(), "an owner is refused");
        browser.open("/admin/outbox.xhtml");
        assertTrue(browser.driver().findElements(By.id("outbox")).isEmpty(), "an owner is refused");
    }

    private static List<String> kinds(Agency agency) {
        return Api.strings(agency.api().get("/api/v1/mail/notices/mine").json(), "kinds");
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
