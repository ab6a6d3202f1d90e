package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The desks of supervisors and administrators on a phone (390 px): each row of their lists is a card, so what a row
 * comes to (an organisation's or account's state, the decision on an objection, a setting's new value) is on the
 * screen, not in a column of a table that scrolls past its edge.
 */
@ExtendWith(FastMarket.class)
class PhoneDesksIT extends BrowserTest {

    @Test
    void aSupervisorReachesTheDecisionOnAnObjectionOnAPhone() {
        Market.objectedTo(Api.unique("中选机构未说明现场踏勘安排"));

        browser.signIn("eco-hz", Api.DEMO_PASSWORD);
        browser.resizeToAPhone();
        browser.open("/supervisor/objections.xhtml?lang=zh");
        WebElement first = browser.waitFor(By.cssSelector("[id$='pending_data'] > tr:first-child"));
        browser.screenshot("phone-supervisor-objections-zh");
        for (String control : new String[] {"textarea", "button[id$=':uphold']", "button[id$=':dismiss']"}) {
            assertNull(browser.pastTheEdge(first.findElement(By.cssSelector(control))), () -> control + " of an objection is off the phone's screen");
        }
        assertEquals(0, browser.overflowWidth(), () -> "the objections scroll sideways: " + browser.overflowing());
    }

    @Test
    void organisationsAccountsAndSettingsFitAPhonesScreen() {
        browser.assertOnAPhone("supervisor", Map.of("/supervisor/organisations.xhtml",
                By.cssSelector("#organisations tbody tr:first-child td.im-organisation-status")));
        browser.resize(1366, 900);
        browser.signOut();
        browser.assertOnAPhone("admin", Map.of("/admin/accounts.xhtml", By.cssSelector("#accounts tbody tr:first-child td.im-account-state"),
                "/admin/settings.xhtml", By.cssSelector("#settings-table tbody tr:first-child td.im-setting-value select")));
    }
}
