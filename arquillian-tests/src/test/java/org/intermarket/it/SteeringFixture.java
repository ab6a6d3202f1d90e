package org.intermarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.intermarket.it.Agencies.Agency;
import org.intermarket.it.Market.Owner;

/**
 * Fifteen awards of an item of the fixture's own (生态环境部门, so no other test's awards change its market): owner X's
 * five all to agency A, which holds 5 of the 15 (P[X ≥ 5] = (1/3)⁵ ≈ 0.41 %: a steering signal); owner Y's five, four
 * to agency B, which holds 4 of 15 (P[X ≥ 4] ≈ 2.0 %: none); owner W's four all to agency C (four awards are too few to
 * judge: none); and one more award to agency E, who also won Y's fifth. All owners and agencies are Hangzhou's.
 */
record SteeringFixture(String item, Agency a, Agency b, Agency c, Agency e, Owner x) {

    static SteeringFixture awarded() {
        String item = Api.unique("ST-").toUpperCase();
        Api.Reply created = Api.demo("supervisor").post("/api/v1/catalog/items", """
                {"code":"%s","nameZh":"测试环评事项 %s","nameEn":"Test assessment %s","legalBasis":"《测试条例》第一条",
                 "department":"生态环境部门","standardDays":10,"feeBasis":"MARKET","mandatory":true}
                """.formatted(item, item, item));
        assertEquals(201, created.status(), created::toString);
        Agency a = admittedFor(item);
        Agency b = admittedFor(item);
        Agency c = admittedFor(item);
        Agency e = admittedFor(item);
        Owner x = Market.owner();
        Owner y = Market.owner();
        Owner w = Market.owner();
        Owner f = Market.owner();
        List<Award> awards = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            awards.add(award(x, a, item));
        }
        for (int i = 0; i < 4; i++) {
            awards.add(award(y, b, item));
        }
        awards.add(award(y, e, item));
        for (int i = 0; i < 4; i++) {
            awards.add(award(w, c, item));
        }
        awards.add(award(f, e, item));
        Market.awaitClosed(awards.get(awards.size() - 1).need());
        for (Award award : awards) {
            assertEquals("BIDDING_CLOSED", Market.awaitClosed(award.need()).getString("status"));
            Api.Reply selected = award.owner().api().post("/api/v1/needs/" + award.need() + "/selection", "{\"bidId\":" + award.bid() + "}");
            assertEquals(200, selected.status(), selected::toString);
        }
        return new SteeringFixture(item, a, b, c, e, x);
    }

    private record Award(Owner owner, long need, long bid) {
    }

    /** A need of the owner for the item, published, and the agency's bid on it; awarded once all have closed. */
    private static Award award(Owner owner, Agency agency, String item) {
        long project = Market.project(owner);
        String draft = Market.need(project, "DIRECT", "50000.00", TestClock.now().plusSeconds(60), null).replace(Agencies.OPEN_ITEM, item);
        Api.Reply drafted = owner.api().post("/api/v1/needs", draft);
        assertEquals(201, drafted.status(), drafted::toString);
        long need = drafted.json().getJsonNumber("id").longValue();
        Api.Reply published = owner.api().post("/api/v1/needs/" + need + "/publish", null);
        assertEquals(200, published.status(), published::toString);
        return new Award(owner, need, Market.bidId(agency, need, "40000.00"));
    }

    /** A fresh Hangzhou agency, admitted, with a service guide for the item. */
    private static Agency admittedFor(String item) {
        Agency agency = Agencies.admitted("330100");
        Api.Reply guide = Agencies.publishGuide(agency, item);
        assertEquals(201, guide.status(), guide::toString);
        return agency;
    }
}
