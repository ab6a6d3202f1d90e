package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith(FastMarket.class)
class MarketPagesIT extends BrowserTest {

    @Test
    void anOwnerPublishesThreeAgenciesBidAndTheLowestPriceWinsInPublic() {
        Owner owner = Market.owner();
        List<Agency> agencies = List.of(Agencies.admitted("330100"), Agencies.admitted("320100"), Agencies.admitted("330200"));
        String code = "2026-330100-48-01-" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));

        browser.signIn(owner.username(), Registrations.PASSWORD);
        browser.driver().findElement(By.id("nav-owner")).click();
        browser.type("project:name", "城西综合管廊工程");
        browser.type("project:code", code);
        browser.type("project:location", "杭州市西湖区");
        browser.type("project:investment_input", "68000000");
        browser.driver().findElement(By.id("project:create")).click();
        browser.waitForText(By.id("messages"), code);

        browser.selectMenuItem("need:project", code);
        browser.selectMenuItem("need:item", Agencies.OPEN_ITEM);
        browser.type("need:scope", "编制管廊工程环境影响报告表并配合审批");
        browser.type("need:days_input", "20");
        browser.type("need:ceiling_input", "100000");
        String deadline = LocalDateTime.ofInstant(TestClock.now(), ZoneId.of("Asia/Shanghai")).plusMinutes(10).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        browser.typeDate("need:deadline_input", deadline);
        browser.screenshot("owner-new-need-zh");
        browser.driver().findElement(By.id("need:publish")).click();
        browser.waitForText(By.id("need-status"), "报价中");
        long need = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertTrue(browser.driver().findElement(By.id("need-bids")).getText().contains("保密"));

        String[] prices = {"92000", "86500", "88000"};
        for (int i = 0; i < agencies.size(); i++) {
            browser.signOut();
            browser.signIn(agencies.get(i).username(), Registrations.PASSWORD);
            browser.open("/need.xhtml?id=" + need);
            browser.type("bid:price_input", prices[i]);
            browser.type("bid:days_input", "18");
            browser.type("bid:plan", "项目负责人具有十年环评经验，5 个工作日完成现场调查");
            if (i == 1) {
                browser.driver().findElement(By.id("bid:planFile")).sendKeys(TestFiles.pdf("服务方案.pdf").toString());
            }
            browser.driver().findElement(By.id("bid:place")).click();
            browser.waitForText(By.id("messages"), "报价已密封提交");
            if (i == 0) {
                browser.screenshot("agency-bid-zh");
            }
        }
        browser.signOut();

        Market.passDeadline(need);
        assertEquals("BIDDING_CLOSED", Market.awaitClosed(need).getString("status"));
        browser.signIn(owner.username(), Registrations.PASSWORD);
        browser.open("/need.xhtml?id=" + need);
        String bids = browser.waitFor(By.id("owner:bids")).getText();
        assertTrue(bids.contains("86,500.00"), "the owner sees the bids once bidding has closed");
        assertTrue(bids.contains("服务方案.pdf"), "and the plan file attached on the bid page: " + bids);
        browser.driver().findElement(By.id("owner:select")).click();
        browser.waitForText(By.id("need-status"), "结果公示中");
        browser.signOut();

        browser.open("/notice.xhtml?id=" + need);
        String winner = "测试单位 " + agencies.get(1).username();
        browser.waitForText(By.id("notice-winner"), winner);
        assertTrue(browser.driver().findElement(By.id("notice-bids")).getText().contains("92,000.00"), "every bidder and price is public");
        browser.screenshot("result-notice-zh");

        String loser = "测试单位 " + agencies.get(0).username();
        browser.signIn(agencies.get(0).username(), Registrations.PASSWORD);
        browser.open("/notice.xhtml?id=" + need);
        browser.type("objection:grounds", "中选机构的服务方案未说明现场调查安排");
        browser.driver().findElement(By.id("objection:submit")).click();
        browser.waitForText(By.id("messages"), "异议已提交");
        browser.signOut();

        browser.signIn("supervisor", Api.DEMO_PASSWORD);
        browser.driver().findElement(By.id("nav-objections")).click();
        assertTrue(browser.waitFor(By.id("objections:pending")).getText().contains(loser));
        browser.type("objections:pending:0:reason", "服务方案已包含现场调查安排，异议不成立");
        browser.screenshot("objections-supervisor-zh");
        browser.driver().findElement(By.id("objections:pending:0:dismiss")).click();
        browser.waitForText(By.id("messages"), "异议已驳回");
        assertEquals("NOTICE", Api.anonymous().get("/api/v1/needs/" + need).json().getString("status"));

        browser.signOut();
        browser.open("/notice.xhtml?id=" + need + "&lang=en");
        browser.waitForText(By.id("notice-winner"), winner);
        assertTrue(browser.driver().getTitle().startsWith("Result notice"), browser.driver().getTitle());
        browser.screenshot("result-notice-en");
        browser.open("/needs.xhtml?lang=en&item=" + Agencies.OPEN_ITEM);
        assertTrue(browser.waitFor(By.id("needs")).getText().contains("Result notice"));
        browser.screenshot("needs-en");

        LocalDate deadlineDay = LocalDate.ofInstant(Instant.parse(Api.anonymous().get("/api/v1/needs/" + need).json().getString("bidDeadline")),
                ZoneId.of("Asia/Shanghai"));
        String link = "need.xhtml?id=" + need + "\"";
        browser.open("/needs.xhtml?lang=en&item=" + Agencies.OPEN_ITEM + "&deadlineBy=" + deadlineDay);
        assertTrue(browser.waitFor(By.id("needs")).getAttribute("innerHTML").contains(link), "due on the chosen day or before");
        assertEquals(deadlineDay.toString(), browser.driver().findElement(By.id("deadlineBy")).getAttribute("value"), "the filter stays filled in");
        browser.open("/needs.xhtml?lang=en&item=" + Agencies.OPEN_ITEM + "&deadlineBy=" + deadlineDay.minusDays(1));
        assertFalse(browser.waitFor(By.id("needs")).getAttribute("innerHTML").contains(link), "not due by the day before");
    }

    @Test
    void aNumberTooLargeForTheBidFormIsRefusedBesideItsFieldInThePagesLanguage() {
        Owner owner = Market.owner();
        long need = Market.published(owner, "LOWEST_PRICE", "150000.00", 4 * 24 * 3600, null);
        Agency agency = Agencies.admitted("330100");

        browser.signIn(agency.username(), Registrations.PASSWORD);
        browser.open("/need.xhtml?id=" + need + "&lang=zh");
        // Typed as a user types it: the browser's own check would stop the form with an English "Invalid" tooltip.
        browser.type("bid:price_input", "1000000000000000");
        browser.type("bid:days_input", "18");
        browser.type("bid:plan", "组建 5 人项目组");
        browser.driver().findElement(By.id("bid:place")).click();
        browser.waitForText(By.id("bid:priceMessage"), "报价（元）：不能大于 999999999999.99（您输入的是 1000000000000000");
        String form = browser.driver().findElement(By.id("bid")).getText();
        assertEquals(form.indexOf("不能大于"), form.lastIndexOf("不能大于"), "the refusal stands once, beside its field: " + form);
        browser.screenshot("bid-price-too-large-zh");

        browser.open("/need.xhtml?id=" + need + "&lang=en");
        browser.type("bid:price_input", "90000");
        browser.type("bid:days_input", "1000000000");
        browser.type("bid:plan", "A team of five");
        browser.driver().findElement(By.id("bid:place")).click();
        browser.waitForText(By.id("bid:daysMessage"), "Time limit (days): must not be more than 3650 (you entered 1000000000)");
        browser.screenshot("bid-days-too-large-en");
        assertEquals(404, agency.api().get("/api/v1/needs/" + need + "/bids/mine").status(), "no bid was stored, cut or not");
        browser.open("/need.xhtml?id=" + need + "&lang=zh");
    }

    @Test
    void afterAWithdrawalTheBidButtonOffersToBidAgain() {
        Owner owner = Market.owner();
        long need = Market.published(owner, "LOWEST_PRICE", "150000.00", 4 * 24 * 3600, null);
        Agency agency = Agencies.admitted("330100");
        Market.bidId(agency, need, "98000.00");

        browser.signIn(agency.username(), Registrations.PASSWORD);
        browser.open("/need.xhtml?id=" + need);
        assertEquals("修改报价", browser.waitFor(By.id("bid:place")).getText(), "a live bid is replaced");
        browser.driver().findElement(By.id("bid:withdraw")).click();
        browser.confirm(true);
        browser.waitForText(By.id("messages"), "报价已撤回");
        assertEquals("重新报价", browser.waitFor(By.id("bid:place")).getText(), "a withdrawn bid is not replaced but made again");
        browser.screenshot("bid-withdrawn-agency-zh");

        browser.type("bid:price_input", "96000");
        browser.type("bid:days_input", "18");
        browser.type("bid:plan", "组建 5 人项目组");
        browser.driver().findElement(By.id("bid:place")).click();
        browser.waitForText(By.id("messages"), "报价已密封提交");
        assertEquals("修改报价", browser.waitFor(By.id("bid:place")).getText());
        assertEquals("96000.00", agency.api().get("/api/v1/needs/" + need + "/bids/mine").json().getString("price"));
    }
}
