package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.intermarket.it.Agencies.Agency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The signals of undue influence on the supervisors' signals page: a red-hat signal listed and reviewed by the platform
 * office of the agency's home region, absent for a department, a sibling city and a child district; a steering signal
 * reviewed by the environmental department of the owner's city, absent for another department. See
 * {@link InfluenceSignalsApiIT} for both signals' thresholds.
 */
@ExtendWith(FastMarket.class)
class InfluenceSignalsPagesIT extends BrowserTest {

    @Test
    void theHomeOfficeReviewsARedHatOnTheSignalsPageAndNoOtherOfficeSeesIt() {
        // 杭州市住房和城乡建设局's registered phone
        Agency agency = Agencies.register("330100", "0571-87010007");
        String key = Api.demo("supervisor").get("/api/v1/signals/red-hat?agency=" + agency.id()).json().getJsonArray("items")
                .getJsonObject(0).getString("key");
        String row = "#red-hat tr[data-key='" + key + "']";
        for (String username : List.of("eco-hz", "supervisor-nb", "supervisor-xihu")) {
            browser.signIn(username, Api.DEMO_PASSWORD);
            browser.open("/supervisor/signals.xhtml");
            browser.waitFor(By.id("red-hat"));
            assertTrue(browser.driver().findElements(By.cssSelector(row)).isEmpty(), username + " does not see the Hangzhou agency's tie");
            browser.signOut();
        }

        browser.signIn("supervisor-hz", Api.DEMO_PASSWORD);
        // newest agency first: a fresh agency's signal is on the first page
        browser.open("/supervisor/signals.xhtml?lang=zh");
        String shown = browser.waitFor(By.cssSelector(row)).getText();
        assertTrue(shown.contains("杭州市住房和城乡建设局") && shown.contains("0571-87010007") && shown.contains("联系电话与机关相同"), shown);
        browser.driver().findElement(By.cssSelector(row + " a.im-review-link")).click();
        browser.waitForText(By.id("influence-review-panel"), "杭州市住房和城乡建设局");
        browser.driver().findElement(By.id("influence-review:submit")).click();
        browser.waitForText(By.id("messages"), "请填写意见");
        browser.type("influence-review:comment", "已核实该机构联系电话系住建局办公电话，已责令更正并约谈");
        browser.driver().findElement(By.id("influence-review:submit")).click();
        browser.waitForText(By.id("messages"), "已标记为已审查");
        String reviewed = browser.waitFor(By.cssSelector(row + " .im-signal-status")).getText();
        assertTrue(reviewed.contains("已审查") && reviewed.contains("已核实该机构联系电话") && reviewed.contains("supervisor-hz"), reviewed);
        assertTrue(browser.driver().findElements(By.id("influence-review-panel")).isEmpty(), "the form closes once reviewed");
        browser.screenshot("influence-red-hat-reviewed-zh");
        browser.open("/supervisor/signals.xhtml?lang=en");
        browser.waitForText(By.id("red-hat"), "Tied to a government office");
        browser.screenshot("influence-signals-en");
    }

    @Test
    void theOwnersDepartmentReviewsASteeringSignalOnTheSignalsPage() {
        SteeringFixture fixture = SteeringFixture.awarded();
        String key = Api.demo("eco-hz").get("/api/v1/signals/steering?item=" + fixture.item()).json().getJsonArray("items")
                .getJsonObject(0).getString("key");
        String row = "#steering tr[data-key='" + key + "']";
        browser.signIn("housing-hz", Api.DEMO_PASSWORD);
        browser.open("/supervisor/signals.xhtml");
        browser.waitFor(By.id("steering"));
        assertTrue(browser.driver().findElements(By.cssSelector(row)).isEmpty(), "another department does not see it");
        browser.signOut();

        browser.signIn("eco-hz", Api.DEMO_PASSWORD);
        browser.open("/supervisor/signals.xhtml?lang=zh");
        // the least likely by chance first: (1/3)^5 is among the first twenty of a suite's steering signals
        String shown = browser.waitFor(By.cssSelector(row)).getText();
        assertTrue(shown.contains("测试环评事项 " + fixture.item()) && shown.contains("5 / 5") && shown.contains("5 / 15"), shown);
        browser.screenshot("influence-steering-zh");
        browser.driver().findElement(By.cssSelector(row + " a.im-review-link")).click();
        browser.waitForText(By.id("influence-review-panel"), "测试环评事项 " + fixture.item());
        browser.type("influence-review:comment", "已约谈业主，要求说明连续选取同一机构的理由");
        browser.driver().findElement(By.id("influence-review:submit")).click();
        browser.waitForText(By.id("messages"), "已标记为已审查");
        String reviewed = browser.waitFor(By.cssSelector(row + " .im-signal-status")).getText();
        assertTrue(reviewed.contains("已审查") && reviewed.contains("eco-hz"), reviewed);
        browser.screenshot("influence-steering-reviewed-zh");
    }
}
