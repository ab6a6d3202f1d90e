package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The agency's workspace as an agency meets it after bidding: its bid with the state it is in, the needs it may still
 * bid on (not the one it bid on, not one it is excluded from), its credit, and all of it on a phone.
 */
@ExtendWith(FastMarket.class)
class AgencyDeskPagesIT extends BrowserTest {

    @Test
    void anAgencySeesItsBidWithItsStateTheNeedItMayBidOnAndItsCredit() {
        Owner owner = Market.owner();
        Agency agency = Agencies.admitted("330100");
        long bidOn = Market.published(owner, "LOWEST_PRICE", "100000.00", 600, null);
        Market.bidId(agency, bidOn, "88000.00");
        long open = Market.published(owner, "LOWEST_PRICE", "100000.00", 120, null);
        long excluded = publishedExcluding(owner, agency, 110);

        browser.signIn(agency.username(), Registrations.PASSWORD);
        browser.open("/agency/index.xhtml");
        WebElement bids = browser.waitFor(By.id("bids:table"));
        assertEquals(List.of(bidOn), needLinks("#my-bids-panel a.im-bid-need"), "the bid links to its need");
        String row = bids.getText();
        assertTrue(row.contains("城东污水处理厂扩建工程") && row.contains("88,000.00") && row.contains("报价中"), row);
        List<Long> biddable = needLinks("#biddable-panel a.im-biddable-need");
        assertTrue(biddable.contains(open), "the open need of its item is offered: " + biddable);
        assertFalse(biddable.contains(bidOn), "the need it bid on is under its bids, not offered again");
        assertFalse(biddable.contains(excluded), "a need the owner excluded it from is not offered");
        String credit = browser.driver().findElement(By.id("credit-panel")).getText();
        assertTrue(credit.contains("80.00") && credit.contains("等级 B"), "a new agency's score and level: " + credit);
        browser.screenshot("agency-desk-zh");

        browser.selectMenuItem("bids:stateFilter", "已撤回");
        browser.waitForText(By.id("bids:table"), "没有符合条件的记录");
        browser.selectMenuItem("bids:stateFilter", "报价中");
        browser.waitForText(By.id("bids:table"), "88,000.00");

        browser.resizeToAPhone();
        browser.open("/agency/index.xhtml");
        browser.waitFor(By.id("bids:table"));
        browser.screenshot("agency-desk-phone-zh");
        assertEquals(0, browser.overflowWidth(), () -> "the workspace scrolls sideways on a phone: " + browser.overflowing());
    }

    /** The needs these links open, by id: the tests' projects share a name. */
    private List<Long> needLinks(String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .map(link -> Long.parseLong(link.getAttribute("href").replaceFirst(".*/need\\.xhtml.*[?&]id=(\\d+).*", "$1"))).toList();
    }

    /** A need the owner excludes this agency from (回避), bidding closing {@code seconds} from now. */
    private static long publishedExcluding(Owner owner, Agency agency, int seconds) {
        long project = Market.project(owner);
        Api.Reply drafted = owner.api().post("/api/v1/needs", Market.need(project, "LOWEST_PRICE", "100000.00",
                TestClock.now().plusSeconds(seconds), null, "[{\"agencyId\":" + agency.id() + ",\"reason\":\"该机构编制了本项目的设计文件\"}]"));
        assertEquals(201, drafted.status(), drafted::toString);
        long id = drafted.json().getJsonNumber("id").longValue();
        assertEquals(200, owner.api().post("/api/v1/needs/" + id + "/publish", null).status());
        return id;
    }
}
