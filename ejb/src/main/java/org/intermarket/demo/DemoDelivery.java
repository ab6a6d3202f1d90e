package org.intermarket.demo;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.intermarket.audit.AuditTrail;
import org.intermarket.credit.Blacklisting;
import org.intermarket.credit.Reward;
import org.intermarket.credit.Severity;
import org.intermarket.credit.SupervisorRating;
import org.intermarket.credit.Violation;
import org.intermarket.credit.ViolationSource;
import org.intermarket.delivery.Contract;
import org.intermarket.delivery.Deliverable;
import org.intermarket.delivery.Rating;
import org.intermarket.delivery.Rectification;
import org.intermarket.files.FileStore;
import org.intermarket.files.FileType;
import org.intermarket.files.StoredFile;
import org.intermarket.procurement.AwardRank;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.Notification;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.procurement.Bid;
import org.intermarket.procurement.Need;
import org.intermarket.procurement.NeedTerms;
import org.intermarket.procurement.Project;
import org.intermarket.procurement.SelectionMethod;
import org.intermarket.registry.Agency;
import org.intermarket.registry.Organisation;
import org.intermarket.shared.StoredText;

/**
 * Contracts in every state and agencies at every credit level: agency1 A and on the red list,
 * agency5 B, agency3 C with a rectification open, agency2 D and blacklisted, agency4 B with
 * deliverables waiting. Built as entities with past dates, like {@link DemoNeeds}, each step audited
 * at its date; the credit service then computes the scores from them. owner1 and agency1 find in their
 * inboxes what the market would have told them on the way, one message read and one not.
 */
final class DemoDelivery {

    private static final Duration DAY = Duration.ofDays(1);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String SUPERVISOR = "supervisor";

    private final EntityManager em;
    private final AuditTrail audit;
    private final FileStore files;
    private final Inbox inbox;
    private final Instant now;

    DemoDelivery(EntityManager em, AuditTrail audit, FileStore files, Inbox inbox, Instant now) {
        this.em = em;
        this.audit = audit;
        this.files = files;
        this.inbox = inbox;
        this.now = now;
    }

    /** Agencies by index as in {@link DemoNeeds}. */
    void fill(Organisation owner1, Organisation owner2, List<Long> agencies) {
        Project owner1Project = project(owner1, "城北再生水厂及配套管网工程", "2025-330100-77-01-000906", "杭州市拱墅区", "212000000.00");
        Project owner2Project = project(owner2, "绕城高速东段互通改造工程", "2025-330200-48-01-000733", "宁波市鄞州区", "680000000.00");
        Long agency1 = agencies.get(0);
        Long agency2 = agencies.get(1);
        Long agency3 = agencies.get(2);
        Long agency4 = agencies.get(3);
        Long agency5 = agencies.get(4);

        Contract rated = confirmed(owner1Project, "ZJFW-003", "一期工程竣工环境保护验收调查", agency1, "78000.00", 60);
        delivered(rated, "竣工环保验收调查报告.pdf", 40);
        accept(rated, 35);
        rate(rated, new Rating.Scores(5, 5, 5, 5), "报告质量高，现场配合及时", 34);
        tell(agency1, rated, NotificationKind.AGENCY_RATED, 34, true, "5", "5", "5", "5");
        em.persist(new SupervisorRating(agency1, new BigDecimal("100.00"), "2026 年度中介服务考核：优秀", now.minus(DAY.multipliedBy(20)), SUPERVISOR));
        em.persist(new Reward(agency1, 5, "参与防汛抢险应急评估，表现突出", now.minus(DAY.multipliedBy(15)), SUPERVISOR));

        Contract goodEnough = confirmed(owner2Project, "ZJFW-003", "桥梁接线段环境影响报告表", agency5, "46000.00", 50);
        delivered(goodEnough, "环境影响报告表.pdf", 30);
        accept(goodEnough, 28);
        rate(goodEnough, new Rating.Scores(4, 4, 4, 4), "总体满意", 27);
        Contract awaitingRating = confirmed(owner1Project, "ZJFW-003", "二期管网工程环境影响登记", agency5, "18000.00", 30);
        delivered(awaitingRating, "环境影响登记表.pdf", 5);
        accept(awaitingRating, 2);
        tell(owner1.id(), awaitingRating, NotificationKind.DELIVERABLE_SUBMITTED, 5, true, "环境影响登记表.pdf");

        Contract poor = confirmed(owner1Project, "ZJFW-003", "配套泵站噪声专项评价", agency3, "26000.00", 45);
        delivered(poor, "噪声专项评价报告.pdf", 12);
        accept(poor, 8);
        Rating bad = rate(poor, new Rating.Scores(2, 3, 3, 2), "监测点位不足，两次退回才补齐", 6);
        em.persist(new Rectification(bad, now.minus(DAY.multipliedBy(6)), now.plus(DAY.multipliedBy(4))));
        Contract lapsed = signed(owner2Project, "ZJFW-003", "匝道改造环境影响评价", agency3, "31000.00", 25);
        lapsed.lapse(StoredText.of("unconfirmed", "confirmBy", lapsed.confirmBy()), lapsed.confirmBy());
        em.find(Bid.class, lapsed.bidId()).forfeit();
        record(lapsed, "CONTRACT_LAPSED", lapsed.confirmBy());
        violation(agency3, Severity.MODERATE, ViolationSource.UNSIGNED, lapsed.id(), "中选后未在签约期内确认合同", 18);

        Contract overdue = confirmed(owner1Project, "ZJFW-011", "管廊沿线地质灾害危险性评估", agency2, "52000.00", 70);
        LocalDate overdueOn = overdue.dueDate().plusDays(1);
        overdue.flagOverdue(overdueOn);
        record(overdue, "CONTRACT_OVERDUE", overdueOn.atStartOfDay(ZONE).toInstant());
        tell(owner1.id(), overdue, NotificationKind.CONTRACT_OVERDUE, 0, false, overdue.dueDate().toString());
        violation(agency2, Severity.MINOR, ViolationSource.OVERDUE, overdue.id(), "合同 " + overdue.id() + " 超过服务期限未交付", 9);
        violation(agency2, Severity.MODERATE, ViolationSource.SUPERVISOR, null, "未按规定公示收费标准", 40);
        Violation serious = violation(agency2, Severity.SERIOUS, ViolationSource.SUPERVISOR, null, "出具的评估结论与现场勘查严重不符", 10);
        LocalDate since = LocalDate.ofInstant(now.minus(DAY.multipliedBy(10)), ZONE);
        Blacklisting blacklisting = new Blacklisting(agency2, since, since.plusDays(364), "严重违规：" + serious.reason(), serious.id(),
                serious.recordedAt(), SUPERVISOR);
        em.persist(blacklisting);
        em.find(Agency.class, agency2).blacklistedUntil(blacklisting.endsOn());

        Contract waiting = confirmed(owner2Project, "ZJFW-029", "接线段 1:500 带状地形图测绘", agency4, "33000.00", 20);
        delivered(waiting, "带状地形图成果.pdf", 1);
        Contract awaitingConfirmation = signed(owner2Project, "ZJFW-003", "收费站扩建环境影响评价", agency1, "29000.00", 1);
        tell(agency1, awaitingConfirmation, NotificationKind.CONTRACT_SIGNED, 1, false, awaitingConfirmation.confirmBy().toString());
        em.flush();
    }

    private Project project(Organisation owner, String name, String code, String location, String investment) {
        Project project = new Project(owner.id(), name, code, location, new BigDecimal(investment), now.minus(DAY.multipliedBy(120)));
        em.persist(project);
        return project;
    }

    /** A DIRECT need awarded to the agency, its notice over, signed by the owner {@code daysAgo}. */
    private Contract signed(Project project, String item, String scope, Long agency, String price, int daysAgo) {
        Instant signedAt = now.minus(DAY.multipliedBy(daysAgo));
        Instant deadline = signedAt.minus(DAY.multipliedBy(4));
        Instant drafted = deadline.minus(DAY.multipliedBy(6));
        Instant published = deadline.minus(DAY.multipliedBy(5));
        Instant closed = deadline.plusSeconds(1);
        Instant awarded = deadline.plus(Duration.ofHours(1));
        Need need = Need.draft(project, new NeedTerms(item, scope, 30, new BigDecimal(price).add(new BigDecimal("2000.00")), null,
                SelectionMethod.DIRECT, null, deadline, "0571-86001001"), drafted);
        em.persist(need);
        need.publish(published, Duration.ofDays(3), null, null, null);
        Bid bid = new Bid(need, agency, new Bid.Offer(new BigDecimal(price), 20, "专人负责，按服务指南流程办理并按期提交成果。"), "127.0.0.1",
                deadline.minus(DAY.multipliedBy(2)));
        em.persist(bid);
        em.flush();
        need.close(1, closed);
        need.award(bid.id(), List.of(AwardRank.of(1, bid)), awarded, Duration.ofDays(3));
        Contract contract = new Contract(need, bid, signedAt, signedAt.plus(DAY.multipliedBy(5)));
        em.persist(contract);
        em.flush();
        record(contract, "NEED_DRAFTED", drafted);
        record(contract, "NEED_PUBLISHED", published);
        record(contract, "BIDDING_CLOSED", closed);
        record(contract, "NEED_AWARDED", awarded);
        record(contract, "CONTRACT_SIGNED", signedAt);
        return contract;
    }

    private Contract confirmed(Project project, String item, String scope, Long agency, String price, int daysAgo) {
        Contract contract = signed(project, item, scope, agency, price, daysAgo);
        Instant at = contract.signedAt().plus(DAY);
        contract.confirm(at, ZONE);
        record(contract, "CONTRACT_CONFIRMED", at);
        return contract;
    }

    private void delivered(Contract contract, String fileName, int daysAgo) {
        Instant at = now.minus(DAY.multipliedBy(daysAgo));
        String text = "%PDF-1.4\n% intermarket demo deliverable: " + fileName + "\n1 0 obj <<>> endobj\n%%EOF\n";
        FileStore.Blob blob = files.write(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1 << 20, FileType.DOCUMENTS);
        StoredFile file = new StoredFile(blob.sha256(), blob.type().mediaTypeFor(fileName), blob.size(), fileName, contract.agencyId(),
                "demo", at);
        em.persist(file);
        contract.deliver(at);
        em.persist(new Deliverable(contract, file, at));
        record(contract, "DELIVERABLE_SUBMITTED", at);
    }

    private void accept(Contract contract, int daysAgo) {
        Instant at = now.minus(DAY.multipliedBy(daysAgo));
        contract.accept(at, DAY.multipliedBy(15));
        em.flush();
        em.createNamedQuery(Deliverable.OF_CONTRACT, Deliverable.class).setParameter("contract", contract).getResultList()
                .forEach(d -> d.decide(true, null, at));
        record(contract, "DELIVERY_ACCEPTED", at);
    }

    private Rating rate(Contract contract, Rating.Scores scores, String comment, int daysAgo) {
        Instant at = now.minus(DAY.multipliedBy(daysAgo));
        Rating rating = new Rating(contract, scores, comment, false, at);
        contract.rated();
        em.persist(rating);
        record(contract, "NEED_RATED", at);
        return rating;
    }

    private Violation violation(Long agency, Severity severity, ViolationSource source, Long contractId, String reason, int daysAgo) {
        Violation violation = new Violation(agency, severity, source, contractId, reason, contractId == null ? "监管检查记录" : "contract " + contractId,
                now.minus(DAY.multipliedBy(daysAgo)), source == ViolationSource.SUPERVISOR ? SUPERVISOR : "system");
        em.persist(violation);
        em.flush();
        audit.recordAt(violation.recordedAt(), violation.recordedBy(), "VIOLATION_RECORDED", "Agency", agency,
                StoredText.facts("severity", severity, "source", source, "reason", reason));
        return violation;
    }

    /** The message the market would have posted about the contract's need {@code daysAgo}, as its service posts it. */
    private void tell(Long organisation, Contract contract, NotificationKind kind, int daysAgo, boolean read, String... params) {
        Instant at = now.minus(DAY.multipliedBy(daysAgo));
        Notification message = inbox.about(contract.need(), organisation, kind, "/account/contract.xhtml?id=" + contract.id(), at, params);
        if (read) {
            message.markRead(at.plus(Duration.ofHours(2)));
        }
        em.persist(message);
    }

    private void record(Contract contract, String action, Instant at) {
        audit.recordAt(at, "system", action, "Need", contract.need().id(), StoredText.facts("demo", true));
    }
}
