package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.intermarket.it.Agencies.Agency;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class AdmissionPagesIT extends BrowserTest {

    @Test
    void anAgencyAppliesOnThePagesASupervisorAdmitsItAndThePublicFindsIt() throws IOException {
        Agency agency = Agencies.register("320100");
        String name = "测试单位 " + agency.username();
        browser.signIn(agency.username(), Registrations.PASSWORD);

        browser.driver().findElement(By.id("nav-workspace")).click();
        assertTrue(browser.waitFor(By.id("agency-status")).getText().contains("待提交"));
        assertTrue(browser.driver().findElement(By.id("certificate-first")).getText().contains("先在上方添加资质"),
                "the upload's heading says what comes first while there is no qualification to upload a scan for");
        browser.driver().findElement(By.id("apply:submit")).click();
        browser.waitForText(By.id("messages"), "请至少发布一份服务指南");

        browser.selectMenuItem("qualification:type", "测绘资质");
        browser.driver().findElement(By.id("qualification:level")).sendKeys("甲级");
        browser.driver().findElement(By.id("qualification:certificateNo")).sendKeys("甲测资字32" + agency.id());
        browser.driver().findElement(By.id("qualification:issuer")).sendKeys("江苏省自然资源厅");
        typeDate("qualification:validFrom_input", LocalDate.now().minusYears(1));
        typeDate("qualification:validTo_input", LocalDate.now().plusYears(2));
        browser.driver().findElement(By.id("qualification:add")).click();
        browser.waitForText(By.id("messages"), "已添加");

        Path scan = Files.createTempFile("certificate", ".pdf");
        Files.writeString(scan, "%PDF-1.4\n% a scanned certificate\n%%EOF\n", StandardCharsets.US_ASCII);
        browser.driver().findElement(By.id("certificate:file")).sendKeys(scan.toString());
        browser.driver().findElement(By.id("certificate:upload")).click();
        browser.waitForText(By.id("messages"), "证书扫描件已上传");
        assertTrue(browser.driver().findElement(By.id("qualifications:table")).getText().contains("SHA-256"));

        browser.selectMenuItem("guide:item", "ZJFW-029");
        browser.driver().findElement(By.id("guide:conditions")).sendKeys("营业执照、测绘资质证书、项目用地批复");
        browser.driver().findElement(By.id("guide:process")).sendKeys("签约后 2 日内进场，外业 5 日，内业 2 日，提交成果");
        browser.driver().findElement(By.id("guide:days_input")).sendKeys("9");
        browser.driver().findElement(By.id("guide:fee")).sendKeys("地形测绘 1400 元/公顷");
        browser.driver().findElement(By.id("guide:publish")).click();
        browser.waitForText(By.id("messages"), "ZJFW-029");
        browser.screenshot("agency-workspace-zh");

        browser.driver().findElement(By.id("apply:submit")).click();
        browser.waitForText(By.id("agency-status"), "审核中");
        browser.signOut();

        browser.signIn("supervisor", Api.DEMO_PASSWORD);
        browser.driver().findElement(By.id("nav-admissions")).click();
        browser.waitFor(By.id("queue:pending"));
        browser.screenshot("admission-queue-zh");
        WebElement link = browser.driver().findElements(By.cssSelector("a.im-review-link")).stream()
                .filter(candidate -> candidate.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the application is in the queue"));
        String row = link.findElement(By.xpath("ancestor::tr")).getText();
        assertTrue(row.contains("南京市") && !row.contains("320100"), "the region by its name, not its code: " + row);
        link.click();
        assertEquals(name, browser.waitFor(By.id("agency-name")).getText());
        assertTrue(browser.driver().findElement(By.id("record-qualifications")).getText().contains("甲测资字32" + agency.id()),
                "the supervisor sees the whole certificate number");
        browser.screenshot("admission-review-zh");
        browser.driver().findElement(By.id("rejection:reject")).click();
        browser.confirm(true);
        browser.waitForText(By.id("rejection"), "请选择退回原因");
        assertTrue(browser.driver().findElement(By.id("rejection")).getText().contains("请写明退回的说明"), "no reason is chosen for the supervisor");
        assertEquals("待审核", browser.driver().findElement(By.id("admission-status")).getText(), "a misclick rejects nobody");
        browser.driver().findElement(By.id("decision:approve")).click();
        browser.waitForText(By.id("admission-status"), "已通过");

        browser.open("/agency.xhtml?id=" + agency.id());
        // Every action of both forms refuses a blank reason, and both reasons say so before a click.
        for (String reason : new String[] {"sanctions:reason", "credit:reason"}) {
            assertEquals(1, browser.driver().findElements(By.cssSelector("label[for='" + reason + "'] .ui-outputlabel-rfi")).size(),
                    reason + " is marked required");
        }
        browser.typeDate("sanctions:until_input", LocalDate.now().plusDays(10).toString());
        browser.driver().findElement(By.id("sanctions:reason")).sendKeys("投诉核查期间暂停");
        browser.driver().findElement(By.id("sanctions:suspend")).click();
        browser.confirm(true);
        browser.waitForText(By.id("profile-status"), "暂停");
        browser.screenshot("agency-suspended-supervisor-zh");
        browser.driver().findElement(By.id("sanctions:lift")).click();
        browser.waitForText(By.id("profile-status"), "正常");
        browser.signOut();

        browser.open("/agencies.xhtml?lang=zh");
        browser.waitFor(By.id("q")).sendKeys(agency.username());
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("region"))).selectByValue("320000");
        browser.driver().findElement(By.id("search")).click();
        browser.waitForText(By.id("directory-total"), "共 1 家机构");
        browser.driver().findElement(By.linkText(name)).click();
        browser.waitForText(By.id("profile-status"), "正常");
        assertTrue(browser.driver().findElement(By.id("record-qualifications")).getText().contains("*"), "masked for the public");
        browser.screenshot("agency-profile-public-zh");

        assertTrue(Api.anonymous().get(agency.path() + "/eligibility?item=ZJFW-029").json().getBoolean("eligible"));

        browser.signIn(agency.username(), Registrations.PASSWORD);
        assertEquals("3", browser.driver().findElement(By.id("unread")).getText(), "admitted, suspended, suspension lifted");
        browser.driver().findElement(By.id("nav-inbox")).click();
        browser.waitForText(By.id("inbox:notifications"), "您的入驻申请已通过审核");
        browser.screenshot("inbox-zh");
        browser.driver().findElement(By.id("inbox:readAll")).click();
        browser.waitForText(By.id("unread"), "0");
    }

    @Test
    void aSupervisorDisablesAFalselyRegisteredOwnerAndEnablesItAgain() {
        String username = Api.unique("owner");
        String code = CreditCodes.random("330100");
        assertEquals(201, Api.anonymous().post("/api/v1/registrations", Registrations.body("OWNER", username, code)).status());

        browser.signIn("supervisor", Api.DEMO_PASSWORD);
        browser.open("/supervisor/organisations.xhtml?type=NOBODY");
        browser.waitForText(By.id("messages"), "筛选条件不正确");
        browser.driver().findElement(By.id("nav-organisations")).click();
        browser.waitFor(By.id("q")).sendKeys(code);
        browser.driver().findElement(By.id("search")).click();
        browser.waitForText(By.id("organisation-total"), "共 1");
        browser.driver().findElement(By.linkText("测试单位 " + username)).click();
        browser.waitForText(By.id("chosen-status"), "正常");

        browser.driver().findElement(By.id("disable:submit")).click();
        browser.confirm(true);
        browser.waitForText(By.id("messages"), "请填写理由");
        browser.type("disable:reason", "冒用他人营业执照注册");
        browser.driver().findElement(By.id("disable:submit")).click();
        browser.confirm(false);
        assertEquals("正常", browser.driver().findElement(By.id("chosen-status")).getText(), "answering no changes nothing");
        browser.driver().findElement(By.id("disable:submit")).click();
        browser.confirm(true);
        browser.waitForText(By.id("messages"), "已停用");
        browser.waitForText(By.id("chosen-status"), "已停用");
        assertTrue(browser.driver().findElement(By.id("organisations")).getText().contains("已停用"), "the list shows the new state");
        browser.screenshot("organisations-supervisor-zh");
        assertEquals(401, Api.basic(username, Registrations.PASSWORD).get("/api/v1/me").status());

        browser.driver().findElement(By.id("enable:submit")).click();
        browser.waitForText(By.id("chosen-status"), "正常");
        assertEquals(200, Api.basic(username, Registrations.PASSWORD).get("/api/v1/me").status());

        browser.open("/supervisor/organisations.xhtml?lang=en&enabled=true");
        browser.waitForText(By.id("supervisor-nav"), "Supervision");
        assertTrue(browser.driver().findElement(By.id("organisations")).getText().contains("Active"));
        browser.screenshot("organisations-supervisor-en");
        browser.open("/supervisor/organisations.xhtml?lang=zh");
    }

    private void typeDate(String inputId, LocalDate date) {
        browser.typeDate(inputId, date.toString());
    }
}
