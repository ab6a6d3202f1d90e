package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;

/** Needs taken through selection to a signed contract, through the API, the notice period passed on the test clock. */
final class Delivery {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Delivery() {
    }

    /** A DIRECT need the agency won, its notice period over; returns the need id. */
    static long awarded(Owner owner, Agency agency, String price) {
        long need = announced(owner, agency, price);
        awaitNoticeEnd(need);
        return need;
    }

    /** A DIRECT need the agency won, its result notice still up; returns the need id. */
    static long announced(Owner owner, Agency agency, String price) {
        long need = Market.published(owner, "DIRECT", "50000.00", 30, null);
        long bid = Market.bidId(agency, need, price);
        Market.passDeadline(need);
        Market.awaitClosed(need);
        Api.Reply selected = owner.api().post("/api/v1/needs/" + need + "/selection", "{\"bidId\":" + bid + "}");
        assertEquals(200, selected.status(), selected::toString);
        return need;
    }

    /** Moves the market's clock past the end of the need's notice period. */
    static void awaitNoticeEnd(long need) {
        TestClock.advanceTo(Instant.parse(Api.anonymous().get("/api/v1/needs/" + need + "/notice").json().getString("noticeEndsAt"))
                .plusMillis(100));
    }

    /** Signed by the owner and confirmed by the winner; returns the contract id. */
    static long inService(Owner owner, Agency agency, String price) {
        long need = awarded(owner, agency, price);
        long contract = signed(owner, need);
        Api.Reply confirmed = agency.api().post("/api/v1/contracts/" + contract + "/confirm", null);
        assertEquals(200, confirmed.status(), confirmed::toString);
        return contract;
    }

    static long signed(Owner owner, long need) {
        Api.Reply signed = owner.api().post("/api/v1/needs/" + need + "/contract", null);
        assertEquals(201, signed.status(), signed::toString);
        return signed.json().getJsonNumber("id").longValue();
    }

    /** Delivered and accepted; returns the contract id. */
    static long accepted(Owner owner, Agency agency, String price) {
        long contract = inService(owner, agency, price);
        assertEquals(201, agency.api().postBytes("/api/v1/contracts/" + contract + "/deliverables?filename=report.pdf", PDF, "application/pdf")
                .status());
        assertEquals(200, owner.api().post("/api/v1/contracts/" + contract + "/acceptance", "{\"accepted\":true}").status());
        return contract;
    }

    static JsonObject credit(Agency agency) {
        return Api.anonymous().get("/api/v1/agencies/" + agency.id() + "/credit").json();
    }
}
