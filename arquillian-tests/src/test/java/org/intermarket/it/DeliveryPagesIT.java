package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The owner signs, accepts or sends back a deliverable and rates on the contract page, and is told in the page's
 * language why a step is refused; the agency's public profile shows the new score and why.
 */
@ExtendWith(FastMarket.class)
class DeliveryPagesIT extends BrowserTest {

    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    @Test
    void anOwnerAcceptsAndRatesAndThePublicProfileShowsTheNewScore() {
        Owner owner = Market.owner();
        Agency agency = Agencies.admitted("330100");
        long contract = Delivery.inService(owner, agency, "36000.00");

        browser.signIn(agency.username(), Registrations.PASSWORD);
        browser.open("/agency/index.xhtml");
        String workspace = browser.waitFor(By.id("contracts-panel")).getText();
        assertTrue(workspace.contains("服务中") && workspace.contains("36,000.00") && workspace.contains("全部合同（共 1 份）"),
                "the workspace shows the agency's contract: " + workspace);
        browser.driver().executeScript("document.getElementById('contracts-panel').scrollIntoView()");
        browser.screenshot("agency-workspace-contracts-zh");
        browser.driver().findElement(By.cssSelector("#contracts-panel a.im-contract")).click();
        browser.waitForText(By.id("contract-status"), "服务中");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/account/contract.xhtml?id=" + contract), browser.driver().getCurrentUrl());
        browser.driver().findElement(By.id("agency:file")).sendKeys(TestFiles.pdf("环评报告（报批稿）.pdf").toString());
        browser.driver().findElement(By.id("agency:deliver")).click();
        browser.waitForText(By.id("messages"), "成果已提交");
        assertTrue(browser.waitFor(By.id("deliverables")).getText().contains("环评报告（报批稿）.pdf"));
        browser.screenshot("contract-delivered-agency-zh");
        browser.driver().findElement(By.id("nav-contracts")).click();
        assertTrue(browser.waitFor(By.id("contracts")).getText().contains("成果待验收"), "the agency's contract list shows it waiting");
        browser.signOut();

        browser.signIn(owner.username(), Registrations.PASSWORD);
        browser.open("/account/contract.xhtml?id=" + contract);
        browser.waitForText(By.id("contract-status"), "成果待验收");
        browser.driver().findElement(By.id("owner:accept")).click();
        browser.waitForText(By.id("contract-status"), "已验收待评价");
        // Stars forgotten: each score is asked for by name, in the page's language, and nothing is rated.
        browser.driver().findElement(By.id("owner:rate")).click();
        browser.waitForText(By.id("messages"), "请为服务质量打 1 至 5 星");
        String refusal = browser.driver().findElement(By.id("messages")).getText();
        assertTrue(refusal.contains("请为收费合理打 1 至 5 星") && !refusal.contains("null"), refusal);
        assertEquals("已验收待评价", browser.driver().findElement(By.id("contract-status")).getText());
        for (String dimension : List.of("quality", "timeliness", "attitude", "fee")) {
            star(dimension, dimension.equals("fee") ? 4 : 5);
        }
        browser.type("owner:comment", "报告编制规范，按期完成");
        browser.screenshot("contract-rating-owner-zh");
        browser.driver().findElement(By.id("owner:rate")).click();
        browser.waitForText(By.id("contract-status"), "已评价");
        assertTrue(browser.driver().findElement(By.id("rating-scores")).getText().contains("5"));
        browser.signOut();

        // 5 + 5 + 5 + 4 = 19: mean 4.75, 80 + 1.75 × 5 = 88.75
        browser.open("/agency.xhtml?id=" + agency.id());
        browser.waitForText(By.id("credit-score"), "88.75");
        String history = browser.driver().findElement(By.id("history")).getText();
        assertTrue(history.contains("业主评价 · 服务质量 5 · 及时性 5 · 服务态度 5 · 收费合理性 4"), history);
        assertTrue(browser.driver().findElement(By.id("ratings")).getText().contains("报告编制规范"));
        browser.driver().executeScript("document.getElementById('credit-panel').scrollIntoView()");
        browser.screenshot("agency-credit-zh");
        assertEquals("88.75", Delivery.credit(agency).getJsonNumber("score").bigDecimalValue().toPlainString());
    }

    @Test
    void aSupervisorFollowsUpARectificationFromTheQueue() {
        browser.signIn("supervisor", Api.DEMO_PASSWORD);
        browser.driver().findElement(By.id("nav-rectifications")).click();
        String queue = browser.waitFor(By.id("rectifications")).getText();
        assertTrue(queue.contains("待整改"), "the demo's open rectification waits in the queue: " + queue);
        browser.screenshot("rectifications-supervisor-zh");
        browser.driver().findElement(By.cssSelector("#rectifications tbody a")).click();
        browser.waitForText(By.id("rectification-status"), "待整改");
        // Closing needs a note; the service's refusal names the field in the page's language.
        browser.driver().findElement(By.id("rectification:close")).click();
        browser.waitForText(By.id("messages"), "请填写关闭意见");
        browser.type("rectification:note", "已电话回访业主，机构已补充监测点位");
        browser.driver().findElement(By.id("rectification:close")).click();
        browser.waitForText(By.id("rectification-status"), "已办结");
    }

    @Test
    void signingWhileTheNoticeRunsIsRefusedInThePagesLanguageWithTheEndInBeijingTime() {
        Owner owner = Market.owner();
        Agency agency = Agencies.admitted("330100");
        long need = Delivery.announced(owner, agency, "42000.00");
        Instant noticeEnds = Instant.parse(Api.anonymous().get("/api/v1/needs/" + need + "/notice").json().getString("noticeEndsAt"));
        String beijing = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai")).format(noticeEnds);

        browser.signIn(owner.username(), Registrations.PASSWORD);
        browser.open("/need.xhtml?id=" + need + "&lang=zh");
        browser.waitFor(By.id("owner:sign")).click();
        browser.waitForText(By.id("owner"), "结果公示期到 " + beijing + "（北京时间）才结束");
        browser.screenshot("contract-sign-refused-owner-zh");
        browser.open("/need.xhtml?id=" + need + "&lang=en");
        browser.waitFor(By.id("owner:sign")).click();
        browser.waitForText(By.id("owner"), "The result notice runs until " + beijing + " (Beijing time)");
        String refusal = browser.driver().findElement(By.id("owner")).getText();
        assertFalse(ISO_TIME.matcher(refusal).find(), "no ISO-8601 time: " + refusal);
        assertEquals(0, owner.api().get("/api/v1/contracts").json().getInt("total"), "nothing was signed");
        browser.open("/need.xhtml?id=" + need + "&lang=zh");
    }

    @Test
    void aDeliverableRejectedWithoutAReasonIsRefusedBesideTheReasonField() {
        Owner owner = Market.owner();
        Agency agency = Agencies.admitted("330100");
        long contract = Delivery.inService(owner, agency, "36000.00");
        assertEquals(201, agency.api().postBytes("/api/v1/contracts/" + contract + "/deliverables?filename=report.pdf", Delivery.PDF,
                "application/pdf").status());

        browser.signIn(owner.username(), Registrations.PASSWORD);
        browser.open("/account/contract.xhtml?id=" + contract);
        browser.waitForText(By.id("contract-status"), "成果待验收");
        browser.driver().findElement(By.id("owner:reject")).click();
        browser.waitForText(By.id("owner:reasonMessage"), "请填写理由");
        assertEquals("成果待验收", browser.driver().findElement(By.id("contract-status")).getText(), "nothing was sent back");
        assertFalse(browser.driver().findElement(By.id("owner:reasonMessage")).getText().contains("地域"), "the refusal speaks of the reason only");
        browser.screenshot("contract-reject-refused-owner-zh");
        browser.type("owner:reason", "图纸缺少管线剖面，请补充");
        browser.driver().findElement(By.id("owner:reject")).click();
        browser.waitForText(By.id("contract-status"), "服务中");
        assertTrue(browser.driver().findElement(By.id("deliverables")).getText().contains("图纸缺少管线剖面，请补充"));
    }

    /** Clicks the n-th star of a PrimeFaces rating. */
    private void star(String dimension, int stars) {
        List<WebElement> all = browser.waitFor(By.id("owner:" + dimension)).findElements(By.cssSelector(".ui-rating-star a"));
        all.get(stars - 1).click();
    }
}
