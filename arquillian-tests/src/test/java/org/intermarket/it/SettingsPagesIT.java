package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
            // One bad value keeps back the whole change, the good one included, and the form keeps what was typed.
            type(KEY, "P31D");
            type("loginLockDuration", "15 minutes");
            browser.driver().findElement(By.id("settings:save")).click();
            browser.waitForText(By.id("messages"), "账号锁定时长：请填写大于零的 ISO-8601 时长");
            assertEquals("15 minutes", input("loginLockDuration").getAttribute("value"));
            assertEquals(before, admin.get("/api/v1/settings").json().getString(KEY));

            type("loginLockDuration", "PT15M");
            browser.driver().findElement(By.id("settings:save")).click();
            browser.waitForText(By.id("messages"), "已保存 1 项设置");
            assertEquals("31 天", current(KEY));
            assertEquals("P31D", admin.get("/api/v1/settings").json().getString(KEY));
            browser.screenshot("settings-admin-zh");

            browser.driver().findElement(By.id("settings:save")).click();
            browser.waitForText(By.id("messages"), "没有修改任何设置");

            browser.open("/admin/settings.xhtml?lang=en");
            assertEquals("31 days", current(KEY));
            assertEquals("15 minutes", current("loginLockDuration"));
            browser.screenshot("settings-admin-en");
            browser.open("/admin/settings.xhtml?lang=zh");
        } finally {
            admin.put("/api/v1/settings", "{\"" + KEY + "\":\"" + before + "\"}");
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

    private WebElement input(String key) {
        return browser.driver().findElement(By.cssSelector("tr[data-key='" + key + "'] input"));
    }

    private void type(String key, String value) {
        WebElement field = input(key);
        field.clear();
        field.sendKeys(value);
    }
}
