package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class RegistrationPagesIT extends BrowserTest {

    @Test
    void anAgencyRegistersOnThePageAndSignsIn() {
        String username = Api.unique("webagency");
        String code = CreditCodes.random("330200");
        browser.open("/register.xhtml?lang=zh");
        browser.waitFor(By.id("register:name"));

        browser.driver().findElement(By.id("register:creditCode")).sendKeys(CreditCodes.corrupt(code));
        browser.driver().findElement(By.id("register:submit")).click();
        browser.waitForText(By.id("register:formMessages"), "请填写单位名称");
        browser.screenshot("register-validation-zh");

        browser.driver().findElement(By.cssSelector("label[for='register:role:1']")).click();
        browser.driver().findElement(By.id("register:name")).sendKeys("宁波测试评估有限公司");
        browser.selectMenuItem("register:region", "330200");
        browser.driver().findElement(By.id("register:legalRepresentative")).sendKeys("王五");
        browser.driver().findElement(By.id("register:contactPhone")).sendKeys("0574-88001234");
        browser.driver().findElement(By.id("register:username")).sendKeys(username);
        browser.driver().findElement(By.id("register:password")).sendKeys(Registrations.PASSWORD);
        browser.driver().findElement(By.id("register:submit")).click();
        browser.waitForText(By.id("register:formMessages"), "统一社会信用代码不正确");

        browser.driver().findElement(By.id("register:creditCode")).clear();
        browser.driver().findElement(By.id("register:creditCode")).sendKeys(code);
        browser.driver().findElement(By.id("register:password")).sendKeys(Registrations.PASSWORD);
        browser.driver().findElement(By.id("register:submit")).click();
        browser.waitFor(By.id("login-registered"));

        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(Registrations.PASSWORD);
        browser.driver().findElement(By.id("signin")).click();
        browser.waitForText(By.id("whoami"), username);
        browser.open("/account/index.xhtml");
        assertEquals("宁波测试评估有限公司", browser.waitFor(By.id("account-organisation")).getText());
        assertTrue(browser.driver().findElement(By.id("account-role")).getText().contains("中介机构"));
        browser.screenshot("register-account-zh");
    }
}
