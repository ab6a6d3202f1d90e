package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The statistics page as the public and a supervisor use it, on the demo market of the last months:
 * the charts are drawn, the ranking is there, numbers follow the page's language, and a supervisor
 * goes from a figure to the needs behind it and downloads them as an Excel workbook.
 */
class StatisticsPagesIT extends BrowserTest {

    @Test
    void thePublicSeesChartsTablesAndTheRanking() {
        browser.open("/statistics.xhtml");
        assertChartDrawn("activityChart");
        assertChartDrawn("valueChart");
        List<WebElement> rows = browser.waitFor(By.id("statistics")).findElements(By.cssSelector("tbody tr"));
        assertEquals(13, rows.size(), "twelve months and the total");
        assertTrue(rows.get(12).getText().startsWith("合计"), rows.get(12).getText());
        assertTrue(rows.get(0).getText().matches("^\\d{4}年\\d{1,2}月.*"), rows.get(0).getText());
        assertTrue(browser.driver().findElements(By.cssSelector("a.im-drill")).isEmpty(), "no drill-down for the public");
        assertTrue(browser.driver().findElements(By.id("export-xlsx")).isEmpty(), "no export for the public");
        browser.screenshot("statistics-zh");
        browser.open("/statistics.xhtml?from=2024-13-01");
        assertTrue(browser.waitFor(By.id("messages")).getText().contains("起始日期须为有效日期"), "a message, and the default report");
        assertChartDrawn("activityChart");

        browser.open("/statistics.xhtml?lang=en&groupBy=ITEM");
        assertChartDrawn("activityChart");
        String total = browser.driver().findElement(By.id("total-value")).getText();
        assertTrue(total.matches("[\\d,]+\\.\\d{2}"), "grouped and with two decimals in English: " + total);
        assertTrue(browser.driver().findElement(By.id("statistics")).getText().contains("Service item"));
        browser.screenshot("statistics-by-item-en");

        browser.driver().findElement(By.id("nav-rankings")).click();
        List<WebElement> ranked = browser.waitFor(By.id("rankings")).findElements(By.cssSelector("tbody tr"));
        assertTrue(ranked.size() >= 3, "the demo's agencies are ranked");
        assertTrue(ranked.get(0).getText().startsWith("1 "), ranked.get(0).getText());
        browser.screenshot("rankings-from-statistics-en");
    }

    @Test
    void aSupervisorDrillsDownAndDownloadsExcel() throws IOException {
        browser.signIn("supervisor", Api.DEMO_PASSWORD);
        browser.driver().findElement(By.id("nav-statistics")).click();
        assertChartDrawn("activityChart");
        List<WebElement> totalRow = browser.waitFor(By.cssSelector("#statistics tr.im-total")).findElements(By.cssSelector("a.im-drill"));
        assertTrue(totalRow.size() >= 3, "the total row's counts are links");
        WebElement transactions = browser.driver().findElement(By.cssSelector("#statistics tr.im-total a[href*='figure=TRANSACTIONS']"));
        String count = transactions.getText();
        browser.screenshot("statistics-supervisor-zh");
        transactions.click();

        browser.waitForText(By.id("figure-name"), "签约的需求");
        assertTrue(browser.driver().findElement(By.id("figure-total")).getText().contains(count), "the list is the figure");
        int shown = browser.driver().findElements(By.cssSelector("#figure-needs tbody tr")).size();
        assertEquals(Integer.parseInt(count.replace(",", "")), shown);
        browser.screenshot("statistics-needs-zh");

        browser.driver().findElement(By.id("export-xlsx")).click();
        Path file = browser.downloaded(".xlsx");
        Workbooks.Table table = Workbooks.read(Files.readAllBytes(file));
        assertEquals("需求编号", table.rows().get(0).get(0));
        assertEquals("合同价（元）", table.rows().get(0).get(9));
        assertEquals(shown + 1, table.rows().size(), "one row per need behind the figure");

        browser.open("/supervisor/statistics-needs.xhtml?figure=EVERYTHING");
        assertTrue(browser.waitFor(By.id("messages")).getText().contains("请选择要查看的统计项"), "a message, not an error page");
    }

    @Test
    void theMandatoryListInForceOnAChosenDay() {
        int inForce = Api.anonymous().get("/api/v1/catalog/mandatory-list?date=2025-01-01").jsonArray().size();
        browser.open("/catalog.xhtml");
        browser.waitFor(By.id("mandatory-list-link")).click();
        // A native date input types in the browser's own locale; its value is ISO whatever the display.
        browser.driver().executeScript("document.getElementById('date').value = '2025-01-01'");
        browser.driver().findElement(By.id("show")).click();
        browser.waitForText(By.id("list-count"), "2025-01-01");
        assertEquals(inForce, browser.driver().findElements(By.cssSelector("#mandatory-list tbody tr")).size());
        assertTrue(inForce >= 20, "the seeded list");
        browser.screenshot("mandatory-list-zh");
        browser.open("/mandatory-list.xhtml?date=2025-02-30");
        assertTrue(browser.waitFor(By.id("messages")).getText().contains("日期须为有效日期"), "a message, not an error page");
    }

    /** Chart.js has drawn on the chart's canvas: the canvas exists and has been given a size. */
    private void assertChartDrawn(String id) {
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15)).until(d -> {
            List<WebElement> canvases = d.findElements(By.cssSelector("[id$='" + id + "'] canvas"));
            return !canvases.isEmpty() && Long.parseLong(canvases.get(0).getDomAttribute("width") == null ? "0"
                    : canvases.get(0).getDomAttribute("width")) > 0;
        });
    }
}
