package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

class AdminPagesIT extends BrowserTest {

    @Test
    void anAdminOpensAStaffAccountAndUnlocksALockedOneOnTheAccountsPage() {
        String locked = Registrations.newOwner();
        Guesses.lockByDistributedGuessing(locked);
        String supervisor = Api.unique("sup");

        browser.signIn("admin", Api.DEMO_PASSWORD);
        browser.driver().findElement(By.id("nav-accounts")).click();
        browser.waitFor(By.id("accounts"));
        assertTrue(browser.driver().findElement(By.id("admin-nav")).getText().contains("参数设置"), "the settings link is in the row");

        browser.type("create:username", supervisor);
        browser.type("create:password", "short");
        browser.driver().findElement(By.id("create:submit")).click();
        browser.waitForText(By.id("messages"), "密码至少需要 12 个字符");
        browser.type("create:password", "password1234");
        browser.driver().findElement(By.id("create:submit")).click();
        browser.waitForText(By.id("messages"), "这个密码太常见或容易被猜到");
        browser.type("create:password", "Staff-granite-58-ferry");
        browser.type("create:email", supervisor + "@gov.example.org");
        new Select(browser.driver().findElement(By.id("create:role"))).selectByValue("SUPERVISOR");
        browser.driver().findElement(By.id("create:submit")).click();
        browser.waitForText(By.id("messages"), "已开设账号“" + supervisor + "”");
        assertEquals(200, Api.signIn(supervisor, "Staff-granite-58-ferry").get("/api/v1/admissions").status());

        new Select(browser.driver().findElement(By.id("locked"))).selectByValue("true");
        browser.type("q", locked);
        browser.driver().findElement(By.id("search")).click();
        browser.waitForText(By.id("account-total"), "共 1");
        assertTrue(browser.driver().findElement(By.id("accounts")).getText().contains("锁定至"), "the list shows the lock");
        browser.driver().findElement(By.linkText(locked)).click();
        browser.waitForText(By.id("chosen-state"), "锁定至");
        browser.screenshot("admin-accounts-zh");

        browser.driver().findElement(By.id("unlock:submit")).click();
        browser.waitForText(By.id("messages"), "已解除“" + locked + "”的登录锁定");
        browser.waitForText(By.id("chosen-state"), "正常");
        assertEquals(201, Api.basic(locked, Registrations.PASSWORD).from(Api.freshAddress()).post("/api/v1/tokens", null).status());

        browser.open("/admin/accounts.xhtml?lang=en&role=SUPERVISOR&q=" + supervisor);
        browser.waitForText(By.id("admin-nav"), "Administration");
        browser.driver().findElement(By.linkText(supervisor)).click();
        browser.waitForText(By.id("chosen-state"), "Normal");
        browser.type("disable:reason", "Left the office");
        browser.driver().findElement(By.id("disable:submit")).click();
        browser.confirm(true);
        browser.waitForText(By.id("messages"), "The account \"" + supervisor + "\" is disabled");
        browser.waitForText(By.id("chosen-state"), "Disabled");
        assertTrue(browser.driver().findElement(By.id("accounts")).getText().contains("Disabled"), "the list shows the new state");
        browser.screenshot("admin-accounts-en");
        browser.driver().findElement(By.id("enable:submit")).click();
        browser.waitForText(By.id("messages"), "is enabled again");
        browser.open("/admin/accounts.xhtml?lang=zh");
    }

    @Test
    void onlyAdministratorsOpenTheAccountsPage() {
        browser.signIn("supervisor", Api.DEMO_PASSWORD);
        assertTrue(browser.driver().findElements(By.id("nav-accounts")).isEmpty());
        browser.open("/admin/accounts.xhtml");
        assertTrue(browser.driver().findElements(By.id("accounts")).isEmpty(), "a supervisor is refused");
    }
}
