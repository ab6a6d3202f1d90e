package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class SettingsPagesIT extends BrowserTest {

    private static final String KEY = "qualificationExpiryWarning";

    @Test
    void anAdministratorReadsTheSettingsInWordsAndChangesOne() {
        Api admin = Api.demo("admin");
        String before = admin.get("/api/v1/settings").json().getString(KEY);
        browser.signIn("admin", Api.DEMO_PASSWORD);
        browser.open("/admin/settings.xhtml?lang=zh");
        assertEquals("3 天", current("minBiddingPeriod"));
        assertEquals("15 分钟", current("loginLockDuration"));
        assertEquals("50.0 MB", current("maxUploadBytes"));
        try {
            // A period is a number and a unit, as people say it; nothing on the form asks for ISO-8601.
            assertEquals("30", amount(KEY).getAttribute("value"));
            assertEquals("天", unit(KEY).getFirstSelectedOption().getText());
            assertFalse(browser.driver().findElement(By.id("settings")).getText().contains("ISO"), "no ISO-8601 on the form");

            // One bad value keeps back the whole change, the good one included, and the form keeps what was typed.
            type(KEY, "31");
            type("loginLockDuration", "十五");
            browser.driver().findElement(By.id("settings:save")).click();
            browser.waitForText(By.id("messages"), "账号锁定时长：请填写大于零的数值并选择单位");
            assertEquals("十五", amount("loginLockDuration").getAttribute("value"));
            assertEquals("31", amount(KEY).getAttribute("value"));
            assertEquals(before, admin.get("/api/v1/settings").json().getString(KEY));

            type("loginLockDuration", "15");
            browser.driver().findElement(By.id("settings:save")).click();
            browser.waitForText(By.id("messages"), "已保存 1 项设置");
            assertEquals("31 天", current(KEY));
            assertEquals("P31D", admin.get("/api/v1/settings").json().getString(KEY));
            browser.screenshot("settings-admin-zh");

            // The same period in another unit is no change.
            type(KEY, "744");
            unit(KEY).selectByVisibleText("小时");
            browser.driver().findElement(By.id("settings:save")).click();
            browser.waitForText(By.id("messages"), "没有修改任何设置");

            // A fraction of a unit: one and a half hours is stored as the API writes it.
            type("loginLockDuration", "1.5");
            unit("loginLockDuration").selectByVisibleText("小时");
            browser.driver().findElement(By.id("settings:save")).click();
            browser.waitForText(By.id("messages"), "已保存 1 项设置");
            assertEquals("90 分钟", current("loginLockDuration"));
            assertEquals("PT1H30M", admin.get("/api/v1/settings").json().getString("loginLockDuration"));

            browser.open("/admin/settings.xhtml?lang=en");
            assertEquals("31 days", current(KEY));
            assertEquals("90 minutes", current("loginLockDuration"));
            assertEquals("days", unit(KEY).getFirstSelectedOption().getText());
            browser.screenshot("settings-admin-en");
            browser.open("/admin/settings.xhtml?lang=zh");
        } finally {
            admin.put("/api/v1/settings", "{\"" + KEY + "\":\"" + before + "\",\"loginLockDuration\":\"PT15M\"}");
        }
    }

    @Test
    void onlyAdministratorsOpenTheSettings() {
        browser.signIn("supervisor", Api.DEMO_PASSWORD);
        browser.open("/admin/settings.xhtml");
        assertTrue(browser.driver().findElements(By.id("settings-table")).isEmpty(), "a supervisor is refused");
    }

    private String current(String key) {
        return browser.waitFor(By.cssSelector("tr[data-key='" + key + "'] .im-setting-current")).getText();
    }

    private WebElement amount(String key) {
        return browser.driver().findElement(By.cssSelector("tr[data-key='" + key + "'] input"));
    }

    private Select unit(String key) {
        return new Select(browser.driver().findElement(By.cssSelector("tr[data-key='" + key + "'] select")));
    }

    private void type(String key, String value) {
        WebElement field = amount(key);
        field.clear();
        field.sendKeys(value);
    }
}
