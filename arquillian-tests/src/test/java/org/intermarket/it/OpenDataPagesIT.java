package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The open-data page as a visitor reads it, in both languages, and its download. */
class OpenDataPagesIT extends BrowserTest {

    @Test
    void theOpenDataPageExplainsTheFeedInBothLanguagesAndDownloadsItsJson() {
        browser.open("/index.xhtml");
        browser.waitFor(By.id("nav-opendata")).click();
        browser.waitForText(By.cssSelector("h1.im-title"), "开放数据");
        assertEquals("ocds-b5fd17", text("ocid-prefix"));
        assertEquals(21, browser.driver().findElements(By.cssSelector("#stage-table tbody tr")).size(), "every published stage");
        assertTrue(text("stage-table").contains("NEED_PUBLISHED") && text("stage-table").contains("tenderCancellation"));
        assertTrue(text("status-table").contains("流标") && text("status-table").contains("unsuccessful"), text("status-table"));
        assertTrue(text("method-table").contains("随机抽取") && text("method-table").contains("open"), text("method-table"));
        assertTrue(text("latest").matches("\\d{4}年\\d{1,2}月\\d{1,2}日.*"), "a Chinese date: " + text("latest"));
        assertTrue(Long.parseLong(text("release-count").replace(",", "")) > 0, "the demo's releases");
        assertTrue(text("sealed").contains("截止之前"), text("sealed"));
        browser.screenshot("opendata-zh");

        browser.open("/opendata.xhtml?lang=en");
        browser.waitForText(By.cssSelector("h1.im-title"), "Open data");
        assertTrue(text("latest").matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}.*"), "an English date: " + text("latest"));
        assertTrue(text("status-table").contains("Failed") && text("paging").contains("204 No Content"), text("paging"));
        assertTrue(browser.driver().findElement(By.id("footer-opendata")).isDisplayed(), "in the footer too");
        browser.screenshot("opendata-en");

        String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        browser.driver().executeScript("document.getElementById('since').value = arguments[0];", yesterday);
        browser.driver().findElement(By.id("download-json")).click();
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/api/v1/opendata/releases?since=" + yesterday));
        String json = browser.waitFor(By.tagName("body")).getText();
        assertTrue(json.contains("\"version\":\"1.1\"") && json.contains("\"ocid\":\"ocds-b5fd17-"), json.substring(0, Math.min(300, json.length())));
    }

    private String text(String id) {
        return browser.waitFor(By.id(id)).getText();
    }
}
