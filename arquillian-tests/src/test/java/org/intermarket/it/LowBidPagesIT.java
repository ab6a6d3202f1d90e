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
 * The abnormally-low-bid path on the pages, as an owner and an agency meet it: the rule on the need before bidding,
 * the marked agency's explanation on its bid's page, selection refused while it is undecided, the owner's rejection
 * with a reason on the selection page, the public timeline, and the agency's objection to the rejection.
 */
@ExtendWith(FastMarket.class)
class LowBidPagesIT extends BrowserTest {

    @Test
    void aMarkedAgencyExplainsTheOwnerRejectsWithAReasonAndTheAgencyObjects() {
        Owner owner = Market.owner();
        List<Agency> agencies = List.of(Agencies.admitted("330100"), Agencies.admitted("330200"), Agencies.admitted("320100"),
                Agencies.admitted("330300"));
        long need = Market.published(owner, "LOWEST_PRICE", "100000.00", 60, null);
        browser.open("/need.xhtml?id=" + need);
        String rule = browser.waitFor(By.id("need-low-bid-rule")).getText();
        assertTrue(rule.contains("50%") && rule.contains("30%"), "the rule is on the need before anyone bids: " + rule);

        Market.bidId(agencies.get(0), need, "12000.00");
        Market.bidId(agencies.get(1), need, "60000.00");
        Market.bidId(agencies.get(2), need, "62000.00");
        Market.bidId(agencies.get(3), need, "64000.00");
        Market.passDeadline(need);
        assertEquals("BIDDING_CLOSED", Market.awaitClosed(need).getString("status"));

        browser.signIn(agencies.get(0).username(), Registrations.PASSWORD);
        browser.open("/need.xhtml?id=" + need);
        assertTrue(browser.waitFor(By.id("low-bid-table")).getText().contains("12,000.00"));
        browser.type("explain:text", "本机构承担过同一片区的前期调查，可复用监测数据");
        browser.screenshot("agency-low-bid-explain-zh");
        browser.driver().findElement(By.id("explain:submit")).click();
        browser.waitForText(By.className("im-main"), "说明已提交");
        browser.signOut();

        browser.signIn(owner.username(), Registrations.PASSWORD);
        browser.open("/need.xhtml?id=" + need);
        assertTrue(browser.waitFor(By.id("low-bid-table")).getText().contains("可复用监测数据"), "the owner reads the explanation");
        browser.driver().findElement(By.id("owner:select")).click();
        browser.waitForText(By.className("im-main"), "等待说明或结论");
        // on a phone each bid and each case is a card, with a bid's plan and the owner's decision on the screen
        browser.resizeToAPhone();
        browser.assertOnScreen("/need.xhtml?id=" + need, By.id("lowBids:cases:0:reject"), "phone-owner-low-bid-decide-zh");
        assertNull(browser.pastTheEdge(browser.driver().findElement(By.cssSelector("[id='owner:bids_data'] > tr:first-child > td.im-bid-plan"))),
                "a bid's plan is off the phone's screen");
        browser.resize(1280, 900);
        browser.type("lowBids:cases:0:reason", "未说明人工成本来源");
        browser.screenshot("owner-low-bid-decide-zh");
        browser.driver().findElement(By.id("lowBids:cases:0:reject")).click();
        browser.waitForText(By.className("im-main"), "已不采纳该说明");
        browser.driver().findElement(By.id("owner:select")).click();
        browser.waitForText(By.id("need-status"), "结果公示中");
        String timeline = browser.waitFor(By.id("timeline")).getText();
        assertTrue(timeline.contains("报价被标为异常低价") && timeline.contains("不采纳异常低价说明"), timeline);
        browser.signOut();

        JsonObject winner = Api.anonymous().get("/api/v1/needs/" + need + "/notice").json().getJsonObject("winner");
        assertEquals("60000.00", winner.getString("price"), "the rejected bid is out of the selection");

        browser.signIn(agencies.get(0).username(), Registrations.PASSWORD);
        browser.open("/need.xhtml?id=" + need);
        assertTrue(browser.waitFor(By.id("low-bid-table")).getText().contains("未说明人工成本来源"), "the agency reads the owner's reason");
        browser.type("lowObjection:grounds", "说明附有成本测算，业主未予审查");
        browser.driver().findElement(By.id("lowObjection:submit")).click();
        browser.waitForText(By.className("im-main"), "异议已提交");
        assertEquals(1, agencies.get(0).api().get("/api/v1/needs/" + need + "/objections").jsonArray().size());

        browser.open("/notice.xhtml?id=" + need);
        assertTrue(browser.waitFor(By.id("notice-low-bids")).getText().contains("不采纳"), "the result notice says what became of the low bid");
    }
}
