package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class CatalogPagesIT extends BrowserTest {

    @Test
    void aSupervisorAddsAnItemThroughTheDialogAndFindsItInBothLanguages() throws Exception {
        String code = Api.unique("UI-").toUpperCase();
        browser.signIn("supervisor", Api.DEMO_PASSWORD);
        browser.open("/catalog.xhtml");
        browser.waitFor(By.id("catalog:add")).click();
        browser.waitFor(By.id("itemForm:code"));

        browser.driver().findElement(By.id("itemForm:save")).click();
        browser.waitForText(By.id("itemForm:dialogMessages"), "请填写事项编码");
        browser.screenshot("catalog-dialog-validation-zh");

        browser.driver().findElement(By.id("itemForm:code")).sendKeys(code);
        browser.driver().findElement(By.id("itemForm:nameZh")).sendKeys("界面测试事项");
        browser.driver().findElement(By.id("itemForm:nameEn")).sendKeys("Item added through the page");
        browser.driver().findElement(By.id("itemForm:legalBasis")).sendKeys("《测试条例》第二条");
        browser.driver().findElement(By.id("itemForm:department")).sendKeys("测试部门");
        browser.driver().findElement(By.id("itemForm:standardDays_input")).sendKeys("15");
        browser.driver().findElement(By.id("itemForm:save")).click();
        browser.waitUntilGone(By.id("editor"));
        browser.waitForText(By.id("messages"), code);

        assertEquals("界面测试事项", Api.anonymous().get("/api/v1/catalog/items/" + code).json().getString("nameZh"),
                "the page saved through the service to the database");

        browser.driver().findElement(By.linkText("English")).click();
        browser.waitForText(By.tagName("h1"), "Intermediary service items");
        browser.waitFor(By.id("q")).sendKeys(code);
        browser.driver().findElement(By.id("search")).click();
        browser.waitForText(By.id("catalog:items"), "Item added through the page");
        assertTrue(browser.driver().findElement(By.id("catalog:items")).getText().contains(code));
        assertEquals(1, browser.driver().findElements(By.cssSelector("[id='catalog:items_data'] > tr")).size(), "only the item searched for");
        assertTrue(browser.driver().getCurrentUrl().contains("q=" + code), "the search is in the address");
        assertTrue(Files.size(browser.screenshot("catalog-supervisor-en")) > 10_000);

        // a revision saved from the dialog leaves the list as it was searched: the dialog's form carries the search too
        browser.driver().findElement(By.id("catalog:items:0:edit")).click();
        browser.retype("itemForm:nameEn", "Item revised through the page");
        browser.driver().findElement(By.id("itemForm:save")).click();
        browser.waitForText(By.id("catalog:items"), "Item revised through the page");
        assertEquals(1, browser.driver().findElements(By.cssSelector("[id='catalog:items_data'] > tr")).size(), "still only the item searched for");
    }

    @Test
    void theHomePageShowsTheMarketInChineseAndEnglish() throws Exception {
        browser.open("/?lang=zh");
        browser.waitForText(By.tagName("h1"), "欢迎使用中介服务网上超市");
        assertTrue(Integer.parseInt(browser.driver().findElement(By.id("count-mandatory")).getText()) >= 20);
        browser.screenshot("home-zh");
        browser.open("/catalog.xhtml");
        browser.waitFor(By.id("catalog:items"));
        browser.screenshot("catalog-zh");

        browser.open("/?lang=en");
        browser.waitForText(By.tagName("h1"), "Welcome to the Intermediary Services Marketplace");
        browser.screenshot("home-en");
        browser.open("/?lang=zh");
    }

    @Test
    void anAnonymousVisitorPagesThroughTheCatalog() {
        browser.open("/catalog.xhtml?lang=zh");
        browser.waitFor(By.id("catalog:items"));
        String firstPage = browser.driver().findElement(By.id("catalog:items_data")).getText();
        browser.driver().findElement(By.cssSelector("#catalog\\:items .ui-paginator-next")).click();
        browser.waitForText(By.cssSelector("#catalog\\:items .ui-paginator-current"), "第 11-20 条");
        String secondPage = browser.driver().findElement(By.id("catalog:items_data")).getText();
        assertTrue(!secondPage.isBlank() && !secondPage.equals(firstPage));
        assertTrue(browser.driver().manage().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")),
                "paging as a visitor creates no session");
    }

    @Test
    void aVisitorFiltersTheCatalogAboveItsTableAndPagesThroughTheFilteredList() {
        int mandatory = Api.anonymous().get("/api/v1/catalog/items?mandatory=true&size=1").json().getInt("total");
        int all = Api.anonymous().get("/api/v1/catalog/items?size=1").json().getInt("total");
        assertTrue(mandatory > 10 && mandatory < all, "the demo catalog has more than a page of mandatory items, and others");

        browser.open("/catalog.xhtml?lang=zh");
        new Select(browser.waitFor(By.id("mandatory"))).selectByValue("true");
        browser.driver().findElement(By.id("search")).click();
        browser.waitForText(By.cssSelector("#catalog\\:items .ui-paginator-current"), "共 " + mandatory + " 条");
        assertTrue(browser.driver().getCurrentUrl().contains("mandatory=true"), "the filter is in the address");
        assertEquals("true", new Select(browser.driver().findElement(By.id("mandatory")))
                .getFirstSelectedOption().getAttribute("value"), "the form shows the filter it lists");

        // the second page is of the same filtered list: a page's postback carries the filter
        browser.driver().findElement(By.cssSelector("#catalog\\:items .ui-paginator-next")).click();
        browser.waitForText(By.cssSelector("#catalog\\:items .ui-paginator-current"), "第 11-" + Math.min(20, mandatory) + " 条，共 " + mandatory + " 条");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='catalog:items_data'] > tr"));
        assertEquals(Math.min(10, mandatory - 10), rows.size());
        assertTrue(rows.stream().allMatch(row -> row.getText().contains("强制")), "every item listed is mandatory");

        browser.open("/catalog.xhtml?mandatory=perhaps");
        browser.waitForText(By.id("messages"), "筛选条件不正确");
        assertEquals(1, browser.driver().findElements(By.cssSelector("[id='catalog:items_data'] > tr.ui-datatable-empty-message")).size(),
                "a filter that is not valid lists nothing");
    }

    @Test
    void anItemsHistoryMarksTheVersionItsRevisionReplacedAsSuperseded() {
        Api supervisor = Api.demo("supervisor");
        String code = Api.unique("V-").toUpperCase();
        String item = """
                {"code":"%s","nameZh":"%s","nameEn":"Versioned item","legalBasis":"《测试条例》第一条","department":"测试部门",
                 "standardDays":10,"feeBasis":"MARKET","mandatory":true}
                """;
        assertEquals(201, supervisor.post("/api/v1/catalog/items", item.formatted(code, "版本测试事项")).status());
        assertEquals(200, supervisor.put("/api/v1/catalog/items/" + code, item.formatted(code, "版本测试事项（修订）")).status());

        browser.open("/item.xhtml?code=" + code + "&lang=zh");
        List<String> rows = browser.waitFor(By.id("versions_data")).findElements(By.tagName("tr")).stream().map(WebElement::getText).toList();
        assertEquals(2, rows.size(), rows::toString);
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("1 ") && row.contains("已被新版本取代")), rows::toString);
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("2 ") && row.contains("在用")), rows::toString);
    }
}
