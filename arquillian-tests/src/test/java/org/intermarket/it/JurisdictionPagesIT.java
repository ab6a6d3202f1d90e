package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.intermarket.it.Agencies.Agency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The offices' jurisdiction on the supervisors' pages: the objections queue, the signals, the needs behind a figure,
 * an application's review and an agency's sanctions each show an office what it may act on, and nothing of a
 * Hangzhou environmental need to the environmental department of Ningbo (a sibling city) or of the Xihu district
 * (below Hangzhou), or to Hangzhou's housing department. See {@link JurisdictionApiIT} for the same matrix through
 * the API.
 */
@ExtendWith(FastMarket.class)
class JurisdictionPagesIT extends BrowserTest {

    private static final List<String> OUTSIDE = List.of("housing-hz", "eco-nb", "eco-xihu");

    @Test
    void eachOfficeSeesAndDecidesOnlyTheNeedsOfItsJurisdiction() {
        String grounds = Api.unique("中选机构未说明现场踏勘安排");
        long need = Market.objectedTo(grounds);
        LocalDate today = LocalDate.ofInstant(TestClock.now(), ZoneId.of("Asia/Shanghai"));
        String figure = "/supervisor/statistics-needs.xhtml?figure=NEEDS_PUBLISHED&item=" + Agencies.OPEN_ITEM + "&region=330100&from="
                + today.minusDays(2) + "&to=" + today.plusDays(2);

        for (String username : OUTSIDE) {
            browser.signIn(username, Api.DEMO_PASSWORD);
            browser.open("/supervisor/objections.xhtml");
            assertFalse(objectionRow(grounds), username + " does not list the objection");
            browser.open("/supervisor/signals.xhtml?need=" + need);
            browser.waitFor(By.id("signals"));
            assertEquals(0, browser.driver().findElements(By.cssSelector("#signals tr.im-signal")).size(), username + " sees no signal");
            browser.open(figure);
            browser.waitFor(By.id("figure-needs"));
            assertFalse(needLinked(need), username + " does not open the need behind the figure");
            browser.signOut();
        }

        browser.signIn("eco-hz", Api.DEMO_PASSWORD);
        assertTrue(browser.waitFor(By.id("office")).getText().contains("杭州市生态环境局"), "the header names the office");
        browser.open("/supervisor/signals.xhtml?need=" + need);
        browser.waitFor(By.id("signals"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#signals tr.im-signal")).size(), "the close prices are signalled");
        browser.open(figure);
        browser.waitFor(By.id("figure-needs"));
        assertTrue(needLinked(need), "the need is behind the figure");
        browser.open("/supervisor/objections.xhtml");
        assertTrue(objectionRow(grounds), "the objection waits for the department");
        WebElement row = browser.driver().findElement(By.xpath("//tr[td[contains(., '" + grounds + "')]]"));
        row.findElement(By.cssSelector("textarea")).sendKeys("服务方案已载明踏勘安排，异议不成立");
        row.findElement(By.cssSelector("button[id$=':dismiss']")).click();
        browser.waitForText(By.id("messages"), "异议已驳回");
        browser.screenshot("jurisdiction-objection-decided-zh");
        browser.open("/need.xhtml?id=" + need);
        browser.waitForText(By.id("timeline"), "杭州市生态环境局");
        browser.screenshot("jurisdiction-timeline-office-zh");
    }

    @Test
    void onlyTheAgencysHomeOfficesReviewItsApplicationAndSanctionIt() {
        Agency applicant = Agencies.register("330100");
        long application = Agencies.applied(applicant);

        browser.signIn("supervisor-nb", Api.DEMO_PASSWORD);
        browser.open("/supervisor/admission.xhtml?id=" + application);
        browser.waitFor(By.id("whoami"));
        assertTrue(browser.driver().findElements(By.id("decision:approve")).isEmpty(), "Ningbo does not review a Hangzhou agency's application");
        browser.open("/agency.xhtml?id=" + applicant.id() + "&lang=en");
        browser.waitForText(By.id("other-office"), "platform office of the region it registered in");
        assertTrue(browser.driver().findElements(By.id("sanctions")).isEmpty(), "no sanctions for another city's agency");
        browser.screenshot("jurisdiction-agency-other-office-en");
        browser.signOut();

        browser.signIn("supervisor-hz", Api.DEMO_PASSWORD);
        browser.open("/supervisor/admission.xhtml?id=" + application);
        browser.waitFor(By.id("decision:approve")).click();
        browser.waitUntilGone(By.id("decision:approve"));
        browser.open("/agency.xhtml?id=" + applicant.id() + "&lang=zh");
        assertTrue(browser.waitFor(By.id("sanctions")).isDisplayed(), "Hangzhou's platform office sanctions its own agency");
        assertTrue(browser.driver().findElements(By.id("other-office")).isEmpty());
        browser.screenshot("jurisdiction-agency-home-office-zh");
    }

    @Test
    void theOrganisationsPageListsOnlyWhatTheOfficeDecidesAbout() {
        Agency hangzhou = Agencies.register("330100");
        String creditCode = Api.demo("supervisor").get("/api/v1/organisations/" + hangzhou.id()).json().getString("creditCode");
        String search = "/supervisor/organisations.xhtml?q=" + creditCode;
        String row = "#organisations tr[data-id='" + hangzhou.id() + "']";
        for (String username : List.of("eco-hz", "supervisor-nb", "supervisor-xihu")) {
            browser.signIn(username, Api.DEMO_PASSWORD);
            browser.open(search);
            browser.waitFor(By.id("organisations"));
            assertTrue(browser.driver().findElements(By.cssSelector(row)).isEmpty(), username + " does not list the Hangzhou agency");
            assertTrue(browser.driver().findElement(By.id("organisation-total")).getText().trim().endsWith(" 0"), username + " counts none");
            browser.signOut();
        }
        browser.signIn("supervisor-hz", Api.DEMO_PASSWORD);
        browser.open(search + "&lang=zh");
        assertTrue(browser.waitFor(By.cssSelector(row)).isDisplayed(), "Hangzhou's platform office lists its agency");
        assertTrue(browser.driver().findElement(By.id("organisation-total")).getText().trim().endsWith(" 1"));
        browser.screenshot("jurisdiction-organisations-home-office-zh");
    }

    /** Whether the objections queue, paged through, shows the objection with these grounds. */
    private boolean objectionRow(String grounds) {
        while (true) {
            if (browser.waitFor(By.id("objections:pending")).getText().contains(grounds)) {
                return true;
            }
            List<WebElement> next = browser.driver().findElements(By.cssSelector("#objections\\:pending .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                return false;
            }
            String before = browser.driver().findElement(By.id("objections:pending")).getText();
            next.get(0).click();
            browser.waitUntil(driver -> !driver.findElement(By.id("objections:pending")).getText().equals(before));
        }
    }

    private boolean needLinked(long need) {
        return !browser.driver().findElements(By.cssSelector("#figure-needs a[href*='id=" + need + "']")).isEmpty();
    }
}
