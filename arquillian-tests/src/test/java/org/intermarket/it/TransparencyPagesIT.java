package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.intermarket.it.Agencies.Agency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The public rankings, the supervisors' audit-chain check and the transparency log's page, as their users see them. */
@ExtendWith(FastMarket.class)
class TransparencyPagesIT extends BrowserTest {

    @Test
    void theRankingsListAnItemsAgenciesBestFirst() {
        Agency lower = Agencies.admitted("330100");
        Agency higher = Agencies.admitted("330200");
        for (Agency agency : List.of(lower, higher)) {
            assertEquals(201, Agencies.publishGuide(agency, "ZJFW-017").status());
        }
        Api.demo("supervisor").post("/api/v1/agencies/" + higher.id() + "/rewards", "{\"points\":2,\"reason\":\"航道评价专项检查优秀\"}");
        browser.open("/rankings.xhtml?item=ZJFW-017");
        List<WebElement> rows = browser.waitFor(By.id("rankings")).findElements(By.cssSelector("tbody tr"));
        assertEquals(2, rows.size(), () -> browser.driver().findElement(By.id("rankings")).getText());
        assertTrue(rows.get(0).getText().startsWith("1 测试单位 " + higher.username()), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains("82.00"));
        assertTrue(rows.get(1).getText().startsWith("2 测试单位 " + lower.username()));
        browser.screenshot("rankings-zh");
        browser.open("/rankings.xhtml?lang=en&by=RATING");
        assertTrue(browser.waitFor(By.id("rankings")).findElements(By.cssSelector("tbody tr")).size() >= 1, "the demo's rated agencies");
        browser.screenshot("rankings-by-rating-en");
    }

    @Test
    void aSupervisorVerifiesTheAuditChain() {
        browser.signIn("supervisor", Api.DEMO_PASSWORD);
        browser.driver().findElement(By.id("nav-audit")).click();
        browser.waitFor(By.id("audit:verify")).click();
        browser.waitForText(By.id("audit-valid"), "完整");
        long length = Long.parseLong(browser.driver().findElement(By.id("audit-length")).getText().replace(",", ""));
        long entries = Api.demo("supervisor").get("/api/v1/audit/verify").json().getJsonNumber("entries").longValue();
        assertTrue(length > 0 && length <= entries, length + " of " + entries);
        browser.screenshot("audit-verify-zh");
    }

    @Test
    void anAgencyChecksItsBidsReceiptInTheBrowserAgainstTheSignedLog() {
        Market.Owner owner = Market.owner();
        long need = Market.published(owner, "LOWEST_PRICE", "150000.00", 120, null);
        Agency agency = Agencies.admitted("330100");
        browser.signIn(agency.username(), Registrations.PASSWORD);
        browser.open("/need.xhtml?id=" + need);
        browser.type("bid:price_input", "98000");
        browser.type("bid:days_input", "18");
        browser.type("bid:plan", "项目负责人具有十年环评经验");
        browser.driver().findElement(By.id("bid:place")).click();
        browser.waitForText(By.id("messages"), "报价已密封提交，回执号");
        String number = browser.waitFor(By.id("receipt-no")).getText();
        JsonObject receipt = agency.api().get("/api/v1/needs/" + need + "/bids/mine").json().getJsonObject("receipt");
        assertEquals(receipt.getJsonNumber("number").toString(), number);
        assertEquals(receipt.getString("offerSha256"), browser.driver().findElement(By.id("receipt-sha")).getText());
        assertTrue(browser.driver().findElement(By.id("receipt-time")).getText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}"),
                "to the millisecond");
        browser.screenshot("bid-receipt-zh");

        browser.driver().findElement(By.id("receipt-verify")).click();
        browser.waitForText(By.id("receipt-check"), "✓ 核验通过");
        assertTrue(browser.driver().findElement(By.id("receipt-entry")).getText().contains(receipt.getString("offerSha256")));
        browser.waitForText(By.id("head-check"), "✓ 核验通过");
        browser.driver().findElement(By.id("inclusion-run")).click();
        browser.waitForText(By.id("inclusion-check"), "✓ 核验通过");
        browser.driver().findElement(By.id("consistency-run")).click();
        browser.waitForText(By.id("consistency-check"), "✓ 核验通过");
        browser.screenshot("transparency-log-zh");

        browser.signOut();
        browser.open("/transparency.xhtml?lang=en");
        browser.waitForText(By.id("head-check"), "✓ Verified");
        browser.screenshot("transparency-log-en");
    }

    @Test
    void thePageRefusesAHeadWhoseFieldsAreNotTheOnesItsSignatureCovers() {
        LogProofs.sequence();
        // A server that lies: it hands out a genuine signature with its genuine signedText, but the tree the proofs are
        // checked against is another one, here a tree of the one leaf it claims, whose root is that leaf.
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                const honest = window.fetch;
                window.fetch = async (url, options) => {
                    const response = await honest(url, options);
                    const lie = String(url).includes("/log/heads/latest") ? head => head.rootHash = "ab".repeat(32)
                        : String(url).includes("/log/proofs/inclusion") ? proof => {
                            proof.leafIndex = 0;
                            proof.treeSize = proof.treeHead.treeSize = 1;
                            proof.auditPath = [];
                            proof.treeHead.rootHash = proof.leafHash;
                        } : null;
                    if (lie === null) return response;
                    const body = await response.json();
                    lie(body);
                    return new Response(JSON.stringify(body), {status: response.status, headers: response.headers});
                };
                """));
        browser.open("/transparency.xhtml?lang=en");
        browser.waitForText(By.id("head-check"), "✗ Not verified");
        browser.type("inclusion-index", "0");
        browser.driver().findElement(By.id("inclusion-run")).click();
        browser.waitForText(By.id("inclusion-check"), "✗ Not verified");
        browser.screenshot("transparency-log-lying-server-en");
    }
}
