package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The market on a phone (390 × 844 CSS pixels), as agencies bid from one: no page scrolls sideways, the menu folds
 * behind a button that opens it, a bid is placed and replaced with the form in one column and its state read on the
 * agency's desk, and an owner reads the status of its needs and contracts on the screen.
 */
class PhonePagesIT extends BrowserTest {


    @Test
    void noPublicPageScrollsSidewaysAndTheMenuOpensFromItsButton() {
        long need = Api.anonymous().get("/api/v1/needs?size=1").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long agency = Api.anonymous().get("/api/v1/agencies?size=1").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("catalog", "/catalog.xhtml");
        pages.put("needs", "/needs.xhtml");
        pages.put("need", "/need.xhtml?id=" + need);
        pages.put("agencies", "/agencies.xhtml");
        pages.put("agency", "/agency.xhtml?id=" + agency);
        pages.put("rankings", "/rankings.xhtml");
        pages.put("statistics", "/statistics.xhtml");
        pages.put("login", "/login.xhtml");
        pages.put("register", "/register.xhtml");
        browser.resizeToAPhone();
        for (String language : List.of("zh", "en")) {
            browser.open("/?lang=" + language);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.open(page.getValue());
                browser.waitFor(By.className("im-title"));
                browser.screenshot("phone-" + page.getKey() + "-" + language);
                assertEquals(0, browser.overflowWidth(), () -> page.getValue() + " in " + language + " scrolls sideways: " + browser.overflowing());
            }
        }

        // the public lists are cards: a need's status, an agency's rating, an item's name, a ranking's rating, a notice's
        // scores and a log head's root hash are on the screen, not past its edge
        browser.assertOnScreen("/needs.xhtml?lang=zh", By.cssSelector("#needs tbody tr:first-child td.im-need-status"), "phone-needs-card-zh");
        browser.assertOnScreen("/agencies.xhtml", By.cssSelector("#directory tbody tr:first-child td.im-agency-rating"), "phone-agencies-card-zh");
        WebElement status = browser.assertOnScreen("/catalog.xhtml?mandatory=true",
                By.cssSelector("[id='catalog:items_data'] > tr:first-child > td:nth-child(7)"), "phone-catalog-card-zh");
        assertNull(browser.pastTheEdge(browser.driver().findElement(By.cssSelector("[id='catalog:items_data'] > tr:first-child > td.im-item-name"))),
                "an item's name is off the phone's screen");
        assertTrue(status.getText().matches("状态\\s*(在用|已停用)"), "an item's status, under its column's name: " + status.getText());
        assertNull(browser.pastTheEdge(browser.driver().findElement(By.id("search"))), "the catalog's search is on the screen");
        browser.assertOnScreen("/mandatory-list.xhtml", By.cssSelector("#mandatory-list tbody tr:first-child td.im-item-department"),
                "phone-mandatory-list-card-zh");
        browser.assertOnScreen("/rankings.xhtml", By.cssSelector("#rankings tbody tr:first-child td.im-agency-rating"), "phone-rankings-card-zh");
        long announced = Api.anonymous().get("/api/v1/needs?status=NOTICE&size=1").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        browser.assertOnScreen("/notice.xhtml?id=" + announced, By.cssSelector("#notice-bids tbody tr:first-child td.im-bid-score"),
                "phone-notice-card-zh");
        browser.assertOnScreen("/transparency.xhtml", By.cssSelector("#recent-heads tbody tr:first-child td.im-head-root"), "phone-transparency-card-zh");

        browser.open("/?lang=zh");
        assertTrue(browser.driver().findElements(By.id("nav-statistics")).stream().noneMatch(link -> link.isDisplayed()),
                "the menu is folded");
        browser.driver().findElement(By.className("im-menu-button")).click();
        browser.waitFor(By.id("nav-statistics"));
        assertTrue(browser.waitFor(By.linkText("登录")).isDisplayed(), "signing in is within reach");
        browser.screenshot("phone-menu-open-zh");
    }

    @Test
    void anAgencyBidsAndReplacesItsBidFromAPhone() {
        Agencies.Agency agency = Agencies.admitted("330100");
        long need = Market.published(Market.owner(), "LOWEST_PRICE", "150000.00", 3600 * 24 * 4, null);

        browser.signIn(agency.username(), Registrations.PASSWORD);
        browser.resizeToAPhone();
        browser.open("/need.xhtml?id=" + need);
        browser.type("bid:price_input", "128000");
        browser.type("bid:days_input", "18");
        browser.type("bid:plan", "项目负责人具有十年环评经验，5 个工作日完成现场调查");
        assertEquals(0, browser.overflowWidth(), "the bid form fits the phone");
        browser.screenshot("phone-bid-form-zh");
        browser.driver().findElement(By.id("bid:place")).click();
        browser.waitForText(By.id("messages"), "报价已密封提交");
        JsonObject first = agency.api().get("/api/v1/needs/" + need + "/bids/mine").json();
        assertEquals("128000.00", first.getString("price"));

        browser.open("/need.xhtml?id=" + need);
        browser.retype("bid:price_input", "126500");
        browser.driver().findElement(By.id("bid:place")).click();
        String firstReceipt = "回执号 " + first.getJsonObject("receipt").getJsonNumber("number").longValue();
        // patiently: the post replaces the page, so the messages first found may be gone before they are read
        browser.waitUntil(d -> {
            String shown = d.findElement(By.id("messages")).getText();
            return shown.contains("报价已密封提交") && !shown.contains(firstReceipt);
        });
        assertEquals("126500.00", agency.api().get("/api/v1/needs/" + need + "/bids/mine").json().getString("price"), "replaced, not added");
        assertEquals(0, browser.overflowWidth(), "the receipt fits the phone");
        browser.screenshot("phone-bid-receipt-zh");

        // the agency's desk lists the bid as a card, its state on the screen, and so the buttons that edit its guide
        browser.assertOnScreen("/agency/index.xhtml", By.cssSelector("[id$='table_data'] > tr:first-child .im-bid-state"), "phone-agency-desk-zh");
        List<WebElement> guideButtons = browser.driver().findElements(By.cssSelector("[id='guides:table_data'] > tr:first-child button"));
        assertEquals(2, guideButtons.size(), "the guide's edit and remove buttons");
        for (WebElement button : guideButtons) {
            assertNull(browser.pastTheEdge(button), () -> "a button of the agency's guide is off the phone's screen: " + button.getAttribute("title"));
        }
    }

    @Test
    void anOwnerReadsTheStatusOfItsNeedsAndContractsWithoutScrollingATable() {
        Map<String, By> statuses = new LinkedHashMap<>();
        statuses.put("/owner/needs.xhtml", By.cssSelector("[id$='needs_data'] > tr:first-child > td:nth-child(5)"));
        statuses.put("/account/contracts.xhtml", By.cssSelector("#contracts tbody tr:first-child td.im-contract-status"));
        browser.assertOnAPhone("owner1", statuses);
    }
}
