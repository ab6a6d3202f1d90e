package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A supervisor finds bid-rigging signals on their page and reviews them with a comment, in Chinese and in English, and
 * reads them on a phone.
 */
@ExtendWith(FastMarket.class)
class SignalsPagesIT extends BrowserTest {

    @Test
    void aSupervisorReviewsSignalsWithACommentAndSeesThemReviewed() {
        Owner owner = Market.owner();
        List<Agency> agencies = List.of(Agencies.admitted("330100"), Agencies.admitted("330200"), Agencies.admitted("320100"));
        long need = Market.published(owner, "DIRECT", "90000.00", 30, null);
        // Three prices within 0.5 % of each other: a close-prices signal for each of the three pairs.
        List<String> prices = List.of("61000.00", "61080.00", "61150.50");
        for (int i = 0; i < agencies.size(); i++) {
            Market.bidId(agencies.get(i), need, prices.get(i));
        }
        Market.passDeadline(need);
        Market.awaitClosed(need);
        List<String> keys = Api.demo("supervisor").get("/api/v1/signals?kind=CLOSE_PRICES&need=" + need).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("key")).toList();
        assertEquals(3, keys.size(), keys::toString);

        browser.signIn("supervisor", Api.DEMO_PASSWORD);
        browser.driver().findElement(By.id("nav-signals")).click();
        browser.waitFor(By.id("signals"));
        browser.screenshot("signals-supervisor-zh");

        browser.open("/supervisor/signals.xhtml?need=" + need);
        String table = browser.waitFor(By.id("signals")).getText();
        assertTrue(table.contains("报价过于接近") && table.contains("61,080.00") && table.contains("待审查"), table);
        browser.driver().findElement(By.cssSelector("tr[data-key='" + keys.get(0) + "'] a.im-review-link")).click();
        browser.waitFor(By.id("review-panel"));
        browser.driver().findElement(By.id("signal-review:submit")).click();
        browser.waitForText(By.id("messages"), "请填写意见");
        browser.screenshot("signals-review-invalid-zh");
        browser.type("signal-review:comment", "已约谈三家机构，报价均参照同一造价指导文件，暂不认定串标，持续关注。");
        browser.driver().findElement(By.id("signal-review:submit")).click();
        browser.waitForText(By.id("messages"), "已标记为已审查");
        String reviewed = browser.waitFor(By.cssSelector("tr[data-key='" + keys.get(0) + "'] .im-signal-status")).getText();
        assertTrue(reviewed.contains("已审查") && reviewed.contains("已约谈三家机构") && reviewed.contains("supervisor"), reviewed);
        assertTrue(browser.driver().findElements(By.id("review-panel")).isEmpty(), "the form closes once the signal is reviewed");
        browser.screenshot("signals-reviewed-zh");

        browser.open("/supervisor/signals.xhtml?need=" + need + "&lang=en");
        browser.waitForText(By.id("signals"), "Prices too close");
        browser.driver().findElement(By.cssSelector("tr[data-key='" + keys.get(1) + "'] a.im-review-link")).click();
        browser.waitFor(By.id("review-panel"));
        browser.driver().findElement(By.id("signal-review:submit")).click();
        browser.waitForText(By.id("messages"), "Please write a comment");
        browser.type("signal-review:comment", "Prices follow the published cost guide; no further action.");
        browser.driver().findElement(By.id("signal-review:submit")).click();
        browser.waitForText(By.id("messages"), "Marked reviewed");
        assertTrue(browser.waitFor(By.cssSelector("tr[data-key='" + keys.get(1) + "'] .im-signal-status")).getText().contains("Reviewed"));
        browser.screenshot("signals-reviewed-en");

        browser.open("/supervisor/signals.xhtml?need=" + need + "&reviewed=false");
        String toReview = browser.waitFor(By.id("signals")).getText();
        assertTrue(toReview.contains("To review") && !toReview.contains("no further action"), toReview);
        assertEquals(1, browser.driver().findElements(By.cssSelector("#signals tr.im-signal")).size(), "one of the three is left to review");
        browser.open("/supervisor/signals.xhtml");
        browser.waitFor(By.id("signals"));
        browser.screenshot("signals-supervisor-en");

        // A supervisor on a phone reads the signals, and the review form opens, without scrolling sideways.
        browser.resizeToAPhone();
        browser.open("/supervisor/signals.xhtml?need=" + need + "&lang=zh");
        browser.waitFor(By.id("signals"));
        browser.screenshot("phone-signals-zh");
        assertEquals(0, browser.overflowWidth(), () -> "the signals page scrolls sideways on a phone: " + browser.overflowing());
        // each signal is a card: its review link is on the screen, not in a column past its right edge
        var reviewLink = browser.driver().findElement(By.cssSelector("tr[data-key='" + keys.get(2) + "'] a.im-review-link"));
        assertNull(browser.pastTheEdge(reviewLink), "the review link is off the phone's screen");
        reviewLink.click();
        browser.waitFor(By.id("review-panel"));
        browser.screenshot("phone-signals-review-zh");
        assertEquals(0, browser.overflowWidth(), () -> "the review form scrolls sideways on a phone: " + browser.overflowing());
    }
}
