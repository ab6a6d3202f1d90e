package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.intermarket.it.Agencies.Agency;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The public rankings and the supervisors' audit-chain check, as their users see them. */
class TransparencyPagesIT extends BrowserTest {

    @Test
    void theRankingsListAnItemsAgenciesBestFirst() {
        Agency lower = Agencies.admitted("330100");
        Agency higher = Agencies.admitted("330200");
        for (Agency agency : List.of(lower, higher)) {
            assertEquals(201, Agencies.publishGuide(agency, "ZJFW-017").status());
        }
        Api.demo("supervisor").post("/api/v1/agencies/" + higher.id() + "/rewards", "{\"points\":2,\"reason\":\"航道评价专项检查优秀\"}");
        browser.open("/rankings.xhtml?item=ZJFW-017");
        List<WebElement> rows = browser.waitFor(By.id("rankings")).findElements(By.cssSelector("tbody tr"));
        assertEquals(2, rows.size(), () -> browser.driver().findElement(By.id("rankings")).getText());
        assertTrue(rows.get(0).getText().startsWith("1 测试单位 " + higher.username()), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains("82.00"));
        assertTrue(rows.get(1).getText().startsWith("2 测试单位 " + lower.username()));
        browser.screenshot("rankings-zh");
        browser.open("/rankings.xhtml?lang=en&by=RATING");
        assertTrue(browser.waitFor(By.id("rankings")).findElements(By.cssSelector("tbody tr")).size() >= 1, "the demo's rated agencies");
        browser.screenshot("rankings-by-rating-en");
    }

    @Test
    void aSupervisorVerifiesTheAuditChain() {
        browser.signIn("supervisor", Api.DEMO_PASSWORD);
        browser.driver().findElement(By.id("nav-audit")).click();
        browser.waitFor(By.id("audit:verify")).click();
        browser.waitForText(By.id("audit-valid"), "完整");
        long length = Long.parseLong(browser.driver().findElement(By.id("audit-length")).getText().replace(",", ""));
        long entries = Api.demo("supervisor").get("/api/v1/audit/verify").json().getJsonNumber("entries").longValue();
        assertTrue(length > 0 && length <= entries, length + " of " + entries);
        browser.screenshot("audit-verify-zh");
    }
}
