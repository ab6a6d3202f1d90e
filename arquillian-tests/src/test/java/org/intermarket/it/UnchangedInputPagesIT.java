package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What a user typed is stored as typed or refused with a message naming the field and the limit: never cut short
 * or moved into range without a word. The values are set as a forged or scripted form would send them, past the
 * browser's own checks (maxlength, the number field's keystroke filter).
 */
class UnchangedInputPagesIT extends BrowserTest {

    /** A refused field's message stands in its form's message area, beside the form. */
    private static final By PAGE = By.tagName("main");

    @Test
    void aNegativeBidPriceAndAnOverlongPlanAreRefusedAndNoBidIsStored() {
        Market.Owner owner = Market.owner();
        long need = Market.published(owner, "LOWEST_PRICE", "150000.00", 4 * 24 * 3600, null);
        Agencies.Agency agency = Agencies.admitted("330100");

        browser.signIn(agency.username(), Registrations.PASSWORD);
        browser.open("/need.xhtml?id=" + need);
        browser.type("bid:days_input", "18");
        browser.type("bid:plan", "组建 5 人项目组");
        setValue("bid:price_hinput", "-5");
        browser.driver().findElement(By.id("bid:place")).click();
        browser.waitForText(PAGE, "报价（元）：不能小于 0.01（您输入的是 -5）");
        assertEquals(404, agency.api().get("/api/v1/needs/" + need + "/bids/mine").status(), "no bid of 5.00, nor any other");

        browser.open("/need.xhtml?id=" + need);
        browser.type("bid:price_input", "90000");
        browser.type("bid:days_input", "18");
        setValue("bid:plan", "方".repeat(8001));
        browser.driver().findElement(By.id("bid:place")).click();
        browser.waitForText(PAGE, "服务方案：最多 8,000 个字符，您输入了 8,001 个字符");
        browser.screenshot("bid-refused-too-long-zh");
        assertEquals(404, agency.api().get("/api/v1/needs/" + need + "/bids/mine").status(), "no bid with a plan cut to 8000");

        browser.open("/need.xhtml?id=" + need);
        browser.type("bid:price_input", "90000");
        browser.type("bid:days_input", "18");
        String plan = "组建 5 人项目组，分三阶段完成。".repeat(500).substring(0, 8000);
        setValue("bid:plan", plan);
        browser.driver().findElement(By.id("bid:place")).click();
        browser.waitForText(By.id("messages"), "报价已密封提交");
        jakarta.json.JsonObject stored = agency.api().get("/api/v1/needs/" + need + "/bids/mine").json();
        assertEquals("90000.00", stored.getString("price"));
        assertEquals(plan, stored.getString("plan"), "8,000 Chinese characters through a multipart form, stored as typed");
    }

    @Test
    void aNegativeCeilingIsRefusedOnTheOwnersDeskInTheUsersLanguage() {
        Market.Owner owner = Market.owner();
        Market.project(owner);
        int needsBefore = owner.api().get("/api/v1/needs/mine").json().getInt("total");

        browser.signIn(owner.username(), Registrations.PASSWORD);
        browser.open("/owner/needs.xhtml?lang=en");
        browser.type("need:scope", "Environmental impact report");
        setValue("need:ceiling_hinput", "-100");
        setValue("need:days_hinput", "0");
        browser.driver().findElement(By.id("need:publish")).click();
        browser.waitForText(PAGE, "must not be less than 0.01 (you entered -100)");
        assertTrue(browser.driver().findElement(PAGE).getText().contains("must not be less than 1 (you entered 0)"));
        browser.screenshot("owner-need-refused-en");
        assertEquals(needsBefore, owner.api().get("/api/v1/needs/mine").json().getInt("total"), "no need was drafted");
    }

    @Test
    void anOverlongProfileFieldIsRefusedAndTheStoredValueStays() {
        Market.Owner owner = Market.owner();
        String organisation = "/api/v1/organisations/" + owner.api().get("/api/v1/me").json().getJsonObject("organisation").getJsonNumber("id");
        String before = owner.api().get(organisation).json().getString("legalRepresentative");

        browser.signIn(owner.username(), Registrations.PASSWORD);
        browser.open("/account/index.xhtml");
        setValue("profile:legalRepresentative", "长".repeat(100_000));
        browser.driver().findElement(By.id("profile:save")).click();
        browser.waitForText(PAGE, "法定代表人：最多 64 个字符，您输入了 100,000 个字符");
        assertEquals(before, owner.api().get(organisation).json().getString("legalRepresentative"));
    }

    /** Sets a field as a script would, hidden fields included, past what the browser checks when a user types. */
    private void setValue(String id, String value) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id(id)));
        browser.driver().executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }
}
