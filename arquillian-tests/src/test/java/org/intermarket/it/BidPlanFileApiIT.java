package org.intermarket.it;

import static org.intermarket.it.Problems.assertProblem;
import static org.intermarket.it.Problems.assertProblemCode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A bid's plan file is as sealed as its price: only its agency sees it before the deadline. */
@ExtendWith(FastMarket.class)
class BidPlanFileApiIT extends ApiTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    // A ZIP local-file header is all the store looks at; the .docx name picks the Office media type.
    private static final byte[] DOCX = new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'w', 'o', 'r', 'd'};

    @Test
    void thePlanFileIsSealedUntilTheDeadlineThenTheOwnerReadsIt() {
        Owner owner = Market.owner();
        Agency bidder = Agencies.admitted("330100");
        Agency rival = Agencies.admitted("330200");
        long need = Market.published(owner, "DIRECT", "50000.00", 30, null);
        String path = "/api/v1/needs/" + need;
        assertEquals(404, bidder.api().upload(path + "/bids/mine/plan-file?filename=plan.pdf", PDF, "application/pdf").status(),
                "a plan file needs a bid to belong to");

        long bid = Market.bidId(bidder, need, "42000.00");
        Market.bidId(rival, need, "43000.00");
        assertProblem(bidder.api().upload(path + "/bids/mine/plan-file?filename=plan.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1),
                "application/octet-stream"), 415);
        Api.Reply docx = bidder.api().upload(path + "/bids/mine/plan-file?filename=" + "实施方案.docx".replace("实施方案", "%E5%AE%9E%E6%96%BD%E6%96%B9%E6%A1%88"),
                DOCX, "application/octet-stream");
        assertEquals(200, docx.status(), docx::toString);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx.json().getJsonObject("planFile").getString("contentType"));
        assertEquals("实施方案.docx", docx.json().getJsonObject("planFile").getString("name"));

        JsonObject replaced = bidder.api().upload(path + "/bids/mine/plan-file?filename=plan.pdf", PDF, "application/pdf").json();
        assertEquals("application/pdf", replaced.getJsonObject("planFile").getString("contentType"));
        JsonObject rebid = Market.bid(bidder, need, "41000.00").json();
        assertEquals(replaced.getJsonObject("planFile"), rebid.getJsonObject("planFile"), "a replaced offer keeps its plan file");

        String file = path + "/bids/" + bid + "/plan-file";
        java.net.http.HttpResponse<byte[]> own = bidder.api().download(file);
        assertArrayEquals(PDF, own.body(), () -> "the bidder reads its own file: " + own.statusCode() + " " + new String(own.body(), StandardCharsets.UTF_8));
        assertEquals(404, owner.api().download(file).statusCode(), "sealed for the owner");
        assertEquals(404, Api.demo("supervisor").download(file).statusCode(), "sealed for supervisors");
        assertEquals(404, rival.api().download(file).statusCode());
        assertEquals(401, Api.anonymous().download(file).statusCode());

        Market.passDeadline(need);
        assertProblemCode(assertProblem(bidder.api().upload(path + "/bids/mine/plan-file?filename=late.pdf", PDF, "application/pdf"), 409),
                "procurement.bidding-closed");
        Market.awaitClosed(need);
        assertArrayEquals(PDF, owner.api().download(file).body(), "open to the owner once bidding has closed");
        assertEquals("attachment; filename=\"download\"; filename*=UTF-8''plan.pdf",
                owner.api().download(file).headers().firstValue("Content-Disposition").orElseThrow());
        assertArrayEquals(PDF, Api.demo("supervisor").download(file).body());
        assertEquals(404, rival.api().download(file).statusCode(), "other bidders never read it");
        assertEquals(404, Market.owner().api().download(file).statusCode(), "nor do other owners");
    }
}
