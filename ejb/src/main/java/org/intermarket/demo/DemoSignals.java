package org.intermarket.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.intermarket.audit.AuditTrail;
import org.intermarket.procurement.Bid;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.NeedTerms;
import org.intermarket.procurement.Project;
import org.intermarket.procurement.SelectionMethod;
import org.intermarket.registry.Organisation;
import org.intermarket.shared.StoredText;

/**
 * One obvious case for the supervisors' bid-rigging page: on a closed need of owner2, agency3 and
 * agency5 bid from the same address with prices 0.34 % apart (shared IP and close prices), beside
 * an honest bid of agency1 from elsewhere. A need and project of its own: no other demo record
 * changes. The other demo bids all arrived from 127.0.0.1, which no signal counts.
 */
final class DemoSignals {

    private static final Duration DAY = Duration.ofDays(1);
    private static final String PLAN = "组建专项项目组，现场踏勘后编制报告书，配合专家评审与批复。";

    private final EntityManager em;
    private final AuditTrail audit;
    private final Instant now;

    DemoSignals(EntityManager em, AuditTrail audit, Instant now) {
        this.em = em;
        this.audit = audit;
        this.now = now;
    }

    /** Agencies by index as in {@link DemoNeeds}. */
    void fill(Organisation owner2, List<Long> agencies) {
        Project port = new Project(owner2.id(), "梅山港区集装箱码头扩建工程", "2026-330200-55-01-000861", "宁波市北仑区",
                new BigDecimal("960000000.00"), now.minus(DAY.multipliedBy(15)));
        em.persist(port);
        Instant deadline = now.minus(DAY);
        Instant drafted = now.minus(DAY.multipliedBy(10));
        Need need = Need.draft(port, new NeedTerms("ZJFW-003", "码头扩建工程环境影响报告书编制", 40, new BigDecimal("160000.00"), null,
                SelectionMethod.LOWEST_PRICE, null, deadline, "0574-87002002"), drafted);
        em.persist(need);
        em.flush();
        record(need, "NEED_DRAFTED", drafted);
        Instant published = deadline.minus(DAY.multipliedBy(7));
        need.publish(published, Duration.ofDays(3), null, null, null);
        record(need, "NEED_PUBLISHED", published);
        bid(need, agencies.get(0), "152000.00", "183.129.204.18", deadline.minus(DAY.multipliedBy(4)));
        bid(need, agencies.get(2), "145800.00", "60.191.37.102", deadline.minus(Duration.ofHours(30)));
        bid(need, agencies.get(4), "146300.00", "60.191.37.102", deadline.minus(Duration.ofHours(29)));
        Instant closed = deadline.plusSeconds(1);
        need.close(3, closed);
        record(need, "BIDDING_CLOSED", closed);
        em.flush();
    }

    private void record(Need need, String action, Instant at) {
        audit.recordAt(at, "system", action, "Need", need.id(), StoredText.facts("demo", true));
    }

    private void bid(Need need, Long agency, String price, String sourceIp, Instant at) {
        em.persist(new Bid(need, agency, new Bid.Offer(new BigDecimal(price), 35, PLAN), sourceIp, at));
        em.flush();
    }
}
