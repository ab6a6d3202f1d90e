package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The owner's desk as a new owner meets it: the project form first, a refused publication that says what would be
 * accepted beside the deadline and saves nothing, drafts that can be saved, edited, published and deleted, and
 * errors that stay in the panel of the form that caused them. The market's settings are the defaults (bidding at
 * least 3 days).
 */
class OwnerDeskPagesIT extends BrowserTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Test
    void aDeadlineTooSoonIsRefusedBesideTheFieldWithTheEarliestAllowedTimeAndNothingIsSaved() {
        Market.Owner owner = Market.owner();
        Market.project(owner);
        int before = mine(owner);

        browser.signIn(owner.username(), Registrations.PASSWORD);
        browser.open("/owner/needs.xhtml");
        assertTrue(browser.driver().findElement(By.id("project-panel")).getLocation().getY()
                < browser.driver().findElement(By.id("need-panel")).getLocation().getY(), "the project form comes first");
        fillNeed("编制环境影响报告书", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(1));
        browser.driver().findElement(By.id("need:publish")).click();
        browser.waitForText(By.id("need:deadlineMessage"), "最早可设为");
        String refusal = browser.driver().findElement(By.id("need:deadlineMessage")).getText();
        assertTrue(refusal.contains("3 天"), "names the minimum period: " + refusal);
        assertTrue(refusal.matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*"), "names the earliest time in market time: " + refusal);
        assertFalse(refusal.contains("T") && refusal.contains("Z"), "no ISO-8601 instant: " + refusal);
        assertEquals("编制环境影响报告书", browser.driver().findElement(By.id("need:scope")).getAttribute("value"), "the form keeps what was typed");
        browser.screenshot("owner-deadline-too-soon-zh");
        assertEquals(before, mine(owner), "a refused publication leaves no draft");

        browser.typeDate("need:deadline_input", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1).format(TYPED));
        browser.driver().findElement(By.id("need:publish")).click();
        browser.waitForText(By.id("need:deadlineMessage"), "已过");
        assertEquals(before, mine(owner));
    }

    @Test
    void aDraftIsSavedThenEditedThenPublishedAndItsAddressNamesIt() {
        Market.Owner owner = Market.owner();
        Market.project(owner);
        int before = mine(owner);

        browser.signIn(owner.username(), Registrations.PASSWORD);
        browser.open("/owner/needs.xhtml");
        fillNeed("初稿：编制报告", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(1));
        browser.driver().findElement(By.id("need:saveDraft")).click();
        browser.waitForText(By.id("messages"), "草稿已保存");
        assertTrue(browser.driver().getCurrentUrl().matches(".*[?&]draft=\\d+.*"), browser.driver().getCurrentUrl());
        long draft = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]draft=(\\d+).*", "$1"));
        assertEquals("DRAFT", owner.api().get("/api/v1/needs/" + draft).json().getString("status"));

        browser.driver().navigate().refresh();
        assertEquals("初稿：编制报告", browser.waitFor(By.id("need:scope")).getAttribute("value"), "the address reopens the draft");
        browser.type("need:scope", "定稿：编制环境影响报告书并配合审批");
        browser.typeDate("need:deadline_input", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(4).format(TYPED));
        browser.screenshot("owner-edit-draft-zh");
        browser.driver().findElement(By.id("need:publish")).click();
        browser.waitForText(By.id("need-status"), "报价中");
        assertTrue(browser.driver().getCurrentUrl().contains("id=" + draft), browser.driver().getCurrentUrl());
        assertEquals("定稿：编制环境影响报告书并配合审批", owner.api().get("/api/v1/needs/" + draft).json().getString("scope"));
        assertEquals(before + 1, mine(owner), "the draft became the need: one, not two");

        String timeline = browser.driver().findElement(By.id("timeline")).getText();
        assertTrue(timeline.contains("轮次 1") && timeline.contains("竞价选取") && timeline.contains("最高限价 100,000.00 元"), timeline);
        assertFalse(timeline.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:.*") || timeline.contains("LOWEST_PRICE") || timeline.contains("{"),
                "the timeline speaks Chinese and market time, no stored codes: " + timeline);
    }

    @Test
    void aDraftIsDeletedOnlyWhenTheOwnerConfirms() {
        Market.Owner owner = Market.owner();
        long project = Market.project(owner);
        long draft = owner.api().post("/api/v1/needs", Market.need(project, "LOWEST_PRICE", "90000.00",
                TestClock.now().plusSeconds(5 * 24 * 3600), null)).json().getJsonNumber("id").longValue();

        browser.signIn(owner.username(), Registrations.PASSWORD);
        browser.open("/need.xhtml?id=" + draft);
        browser.waitFor(By.id("owner:editDraft")).click();
        browser.waitFor(By.id("need:deleteDraft")).click();
        browser.confirm(false);
        assertEquals(200, owner.api().get("/api/v1/needs/" + draft).status(), "refused: the draft stays");

        browser.driver().findElement(By.id("need:deleteDraft")).click();
        browser.confirm(true);
        browser.waitForText(By.id("messages"), "草稿已删除");
        assertEquals(404, owner.api().get("/api/v1/needs/" + draft).status());
        assertFalse(browser.driver().getCurrentUrl().contains("draft="), "back to a new need, not the deleted draft");
    }

    @Test
    void aProjectFormErrorStaysInTheProjectPanel() {
        Market.Owner owner = Market.owner();
        browser.signIn(owner.username(), Registrations.PASSWORD);
        browser.open("/owner/needs.xhtml");
        assertTrue(browser.driver().findElement(By.id("project-panel")).getText().contains("请先登记项目"), "a new owner is told where to start");
        browser.type("project:name", "城西综合管廊工程");
        browser.type("project:code", "2026-33");
        browser.type("project:location", "杭州市西湖区");
        browser.type("project:investment_input", "68000000");
        browser.driver().findElement(By.id("project:create")).click();
        browser.waitForText(By.id("project:codeMessage"), "2026-330100-48-01-000123");
        String needPanel = browser.driver().findElement(By.id("need-panel")).getText();
        assertFalse(needPanel.contains("投资项目代码"), "the need panel shows no error of the project form: " + needPanel);
    }

    private void fillNeed(String scope, LocalDateTime deadline) {
        browser.selectMenuItem("need:project", "2026-");
        browser.selectMenuItem("need:item", Agencies.OPEN_ITEM);
        browser.type("need:scope", scope);
        browser.type("need:days_input", "20");
        browser.type("need:ceiling_input", "100000");
        browser.typeDate("need:deadline_input", deadline.format(TYPED));
    }

    private static int mine(Market.Owner owner) {
        return owner.api().get("/api/v1/needs/mine").json().getInt("total");
    }
}
