package org.intermarket.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.intermarket.audit.AuditTrail;
import org.intermarket.procurement.AwardRank;
import org.intermarket.procurement.Bid;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.NeedTerms;
import org.intermarket.procurement.NeedTimers;
import org.intermarket.procurement.Project;
import org.intermarket.procurement.RandomDraw;
import org.intermarket.procurement.SelectionMethod;
import org.intermarket.registry.Organisation;
import org.intermarket.shared.StoredText;

/**
 * Demo needs in every state the market has so far: a draft, an open one with sealed bids, one
 * closed and waiting for selection, a finished random draw anyone can verify, a finished direct
 * selection, a failed round and a cancelled need. Past deadlines are written as if they had
 * happened, through the same state methods the services use, and each step is audited at the
 * moment the story gives it: a need's timeline reads published, deadline, closed, awarded.
 */
final class DemoNeeds {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration MIN_PERIOD = Duration.ofDays(3);

    private final EntityManager em;
    private final AuditTrail audit;
    private final NeedTimers timers;
    private final Instant now;
    /** When the owners drafted the demo needs. */
    private final Instant drafted;

    DemoNeeds(EntityManager em, AuditTrail audit, NeedTimers timers, Instant now) {
        this.em = em;
        this.audit = audit;
        this.timers = timers;
        this.now = now;
        this.drafted = now.minus(DAY.multipliedBy(10));
    }

    /** Agencies by index: 0 agency1 (EIA), 1 agency2 (geology), 2 agency3 (safety, EIA), 3 agency4 (survey), 4 agency5 (consulting, EIA). */
    void fill(Organisation owner1, Organisation owner2, List<Long> agencies) {
        Project sewage = project(owner1, "城东污水处理厂提标改造工程", "2026-330100-77-01-000318", "杭州市上城区", "86000000.00");
        Project metro = project(owner1, "地铁 12 号线车辆段上盖综合开发", "2026-330100-48-02-000452", "杭州市西湖区", "1250000000.00");
        Project bridge = project(owner2, "甬江三桥接线工程", "2026-330200-48-01-000127", "宁波市江北区", "430000000.00");

        Need draft = need(sewage, "ZJFW-007", "编制水土保持方案报告书", SelectionMethod.LOWEST_PRICE, "60000.00", now.plus(DAY.multipliedBy(10)));
        record(draft, "NEED_DRAFTED", drafted);

        Need open = need(sewage, "ZJFW-003", "编制环境影响报告书，配合专家评审与批复", SelectionMethod.LOWEST_PRICE, "120000.00",
                now.plus(DAY.multipliedBy(5)));
        publish(open, now.minus(DAY));
        bid(open, agencies.get(0), "108000.00", now.minus(Duration.ofHours(20)));
        bid(open, agencies.get(4), "99500.00", now.minus(Duration.ofHours(3)));
        timers.scheduleClosing(open);

        Need closed = need(metro, "ZJFW-003", "上盖开发环境影响评价（报告书）", SelectionMethod.LOWEST_PRICE, "150000.00",
                now.minus(Duration.ofHours(2)));
        publish(closed, closed.bidDeadline().minus(DAY.multipliedBy(5)));
        bid(closed, agencies.get(0), "139000.00", closed.bidDeadline().minus(DAY.multipliedBy(3)));
        bid(closed, agencies.get(2), "128000.00", closed.bidDeadline().minus(DAY.multipliedBy(2)));
        bid(closed, agencies.get(4), "131500.00", closed.bidDeadline().minus(DAY));
        close(closed, 3);

        Need drawn = need(metro, "ZJFW-003", "车辆段噪声与振动专项环境影响评价", SelectionMethod.RANDOM_DRAW, "90000.00",
                now.minus(DAY.multipliedBy(2)));
        String seed = RandomDraw.newSeed();
        Instant drawnPublished = drawn.bidDeadline().minus(DAY.multipliedBy(6));
        drawn.publish(drawnPublished, MIN_PERIOD, seed, RandomDraw.commitment(seed), null);
        record(drawn, "NEED_PUBLISHED", drawnPublished, StoredText.facts("drawCommitment", drawn.drawCommitment(), "demo", true));
        List<Bid> drawBids = List.of(
                bid(drawn, agencies.get(0), "86000.00", drawn.bidDeadline().minus(DAY.multipliedBy(4))),
                bid(drawn, agencies.get(2), "84000.00", drawn.bidDeadline().minus(DAY.multipliedBy(3))),
                bid(drawn, agencies.get(4), "88000.00", drawn.bidDeadline().minus(DAY)));
        close(drawn, 3);
        Long winner = RandomDraw.winner(seed, drawBids.stream().map(Bid::id).toList());
        award(drawn, drawBids, winner, "RANDOM_DRAW");

        Need direct = need(bridge, "ZJFW-029", "接线段 1:500 地形测绘", SelectionMethod.DIRECT, "38000.00", now.minus(DAY.multipliedBy(3)));
        publish(direct, direct.bidDeadline().minus(DAY.multipliedBy(4)));
        Bid survey = bid(direct, agencies.get(3), "35500.00", direct.bidDeadline().minus(DAY.multipliedBy(2)));
        close(direct, 1);
        award(direct, List.of(survey), survey.id(), "DIRECT");

        Need failed = need(bridge, "ZJFW-011", "接线段地质灾害危险性评估", SelectionMethod.LOWEST_PRICE, "70000.00", now.minus(DAY));
        publish(failed, failed.bidDeadline().minus(DAY.multipliedBy(5)));
        bid(failed, agencies.get(1), "66000.00", failed.bidDeadline().minus(DAY.multipliedBy(2)));
        close(failed, 1);

        Need cancelled = need(bridge, "ZJFW-014", "接线工程节能评估", SelectionMethod.LOWEST_PRICE, "30000.00", now.plus(DAY.multipliedBy(4)));
        publish(cancelled, now.minus(DAY));
        Instant cancelledAt = now.minus(Duration.ofHours(5));
        cancelled.cancel("初步设计调整，节能评估并入主体工程一并开展", cancelledAt);
        record(cancelled, "NEED_CANCELLED", cancelledAt, StoredText.facts("reason", cancelled.statusReason(), "demo", true));
        em.flush();
    }

    private Project project(Organisation owner, String name, String code, String location, String investment) {
        Project project = new Project(owner.id(), name, code, location, new BigDecimal(investment), now.minus(DAY.multipliedBy(20)));
        em.persist(project);
        return project;
    }

    private Need need(Project project, String item, String scope, SelectionMethod method, String ceiling, Instant deadline) {
        NeedTerms terms = new NeedTerms(item, scope, 30, new BigDecimal(ceiling), qualificationOf(item), method, null, deadline,
                "0571-86001001");
        Need need = Need.draft(project, terms, drafted);
        em.persist(need);
        em.flush();
        return need;
    }

    private static String qualificationOf(String item) {
        return switch (item) {
            case "ZJFW-029" -> "测绘资质";
            case "ZJFW-011" -> "地质灾害评估资质";
            default -> null;
        };
    }

    private void publish(Need need, Instant at) {
        need.publish(at, MIN_PERIOD, null, null, null);
        record(need, "NEED_PUBLISHED", at);
    }

    private Bid bid(Need need, Long agency, String price, Instant at) {
        Bid bid = new Bid(need, agency, new Bid.Offer(new BigDecimal(price), 25, "组建专项项目组，按服务指南约定流程完成，提交成果并配合审查。"), "127.0.0.1", at);
        em.persist(bid);
        em.flush();
        return bid;
    }

    private void close(Need need, int bids) {
        Instant at = need.bidDeadline().plusSeconds(1);
        need.close(bids, at);
        record(need, need.status() == org.intermarket.procurement.NeedStatus.FAILED ? "NEED_FAILED" : "BIDDING_CLOSED", at);
    }

    /** The award of {@code winner} among the bids weighed, the winner ranked first as the selection would. */
    private void award(Need need, List<Bid> weighed, Long winner, String method) {
        List<AwardRank> ranking = new ArrayList<>();
        weighed.stream().filter(bid -> bid.id().equals(winner)).forEach(bid -> ranking.add(AwardRank.of(1, bid)));
        weighed.stream().filter(bid -> !bid.id().equals(winner)).forEach(bid -> ranking.add(AwardRank.of(ranking.size() + 1, bid)));
        Instant at = need.bidDeadline().plus(Duration.ofHours(1));
        need.award(winner, ranking, at, MIN_PERIOD);
        record(need, "NEED_AWARDED", at, StoredText.facts("method", method, "demo", true));
    }

    private void record(Need need, String action, Instant at) {
        record(need, action, at, StoredText.facts("demo", true));
    }

    private void record(Need need, String action, Instant at, StoredText detail) {
        audit.recordAt(at, "system", action, "Need", need.id(), detail);
    }
}
