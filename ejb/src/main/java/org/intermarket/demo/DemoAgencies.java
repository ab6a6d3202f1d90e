package org.intermarket.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.intermarket.audit.AuditTrail;
import org.intermarket.registry.Admission;
import org.intermarket.registry.Agency;
import org.intermarket.registry.Organisation;
import org.intermarket.registry.Qualification;
import org.intermarket.registry.ServiceGuide;
import org.intermarket.shared.StoredText;

/**
 * The demo agencies' records: five admitted from several regions (one outside Zhejiang), one
 * still pending; qualifications, one of which ends within the reminder period; service guides.
 */
final class DemoAgencies {

    /** Name, region, legal representative; agency1 … agency6. */
    static final String[][] PROFILES = {
            {"浙江绿源环境科技有限公司", "330100", "周海"},
            {"宁波甬地地质勘察设计院有限公司", "330200", "吴强"},
            {"温州安评安全技术咨询有限公司", "330300", "郑洁"},
            {"江苏华测测绘科技有限公司", "320100", "孙立"},
            {"浙江中衡工程咨询有限公司", "330600", "钱多"},
            {"杭州新锐评估咨询有限公司", "330100", "冯远"},
    };

    private static final String DESCRIPTION = "%s，专注于建设项目审批阶段的技术服务，团队具备多年同类项目经验，承诺按服务指南约定的时限和收费标准提供服务。";

    private final EntityManager em;
    private final AuditTrail audit;
    private final Instant now;
    /** When the demo's organisations registered: agency1 to agency5 applied then and were admitted a day later. */
    private final Instant registered;
    private final LocalDate today;

    DemoAgencies(EntityManager em, AuditTrail audit, Instant now, Instant registered, LocalDate today) {
        this.em = em;
        this.audit = audit;
        this.now = now;
        this.registered = registered;
        this.today = today;
    }

    void fill(int index, Organisation organisation) {
        organisation.updateProfile(organisation.region(), organisation.legalRepresentative(), organisation.legalRepresentative(),
                organisation.contactPhone(), DESCRIPTION.formatted(organisation.name()));
        Agency agency = Agency.registered(organisation);
        em.persist(agency);
        switch (index) {
            case 0 -> {
                guide(agency, "ZJFW-003", 25, "报告书 8 万元起，报告表 3 万元起，按项目规模协商");
                guide(agency, "ZJFW-007", 18, "按水土保持方案编制行业参考价下浮 10%");
                guide(agency, "ZJFW-014", 12, "2 万元/项，复杂项目另议");
            }
            case 1 -> {
                qualification(agency, "地质灾害评估资质", "甲级", "DZ-33-2021-0088", today.minusYears(3), today.plusYears(2));
                // Ends inside the 30-day reminder period, so the nightly sweep reminds agency2.
                qualification(agency, "工程勘察资质", "综合类甲级", "B133020188", today.minusYears(5), today.plusDays(20));
                guide(agency, "ZJFW-011", 18, "按评估区面积计费，1.5 万元/平方公里起");
                guide(agency, "ZJFW-021", 28, "按《工程勘察收费标准》下浮 15%");
            }
            case 2 -> {
                qualification(agency, "安全评价机构资质", "乙级", "APJ-(浙)-0312", today.minusYears(2), today.plusYears(3));
                qualification(agency, "职业卫生技术服务机构资质", "乙级", "ZW-浙-2023-017", today.minusYears(1), today.plusYears(4));
                guide(agency, "ZJFW-003", 26, "报告表 2.6 万元起，报告书 7.8 万元起");
                guide(agency, "ZJFW-005", 25, "3 万元/项起，危化品项目 6 万元起");
                guide(agency, "ZJFW-006", 20, "2.5 万元/项起");
            }
            case 3 -> {
                qualification(agency, "测绘资质", "甲级", "甲测资字32100456", today.minusYears(4), today.plusYears(1));
                guide(agency, "ZJFW-002", 8, "按面积计费，0.8 元/平方米，最低 5000 元");
                guide(agency, "ZJFW-029", 9, "地形测绘 1500 元/公顷；不动产测绘 1.2 元/平方米");
                guide(agency, "ZJFW-030", 7, "1 元/平方米，最低 8000 元");
            }
            case 4 -> {
                guide(agency, "ZJFW-001", 25, "按投资额的 0.1%-0.3% 计费");
                guide(agency, "ZJFW-003", 28, "报告书 7.5 万元起，报告表 2.8 万元起");
                guide(agency, "ZJFW-015", 15, "2 万元/项");
                guide(agency, "ZJFW-026", 12, "按审定金额的 0.3% 计费");
            }
            default -> {
                guide(agency, "ZJFW-003", 22, "报告书 7 万元起，报告表 2.5 万元起");
                guide(agency, "ZJFW-014", 10, "1.8 万元/项");
            }
        }
        agency.apply();
        boolean admitted = index < 5;
        Admission admission = new Admission(agency, "agency" + (index + 1), admitted ? registered : now);
        em.persist(admission);
        Instant decided = registered.plus(Duration.ofDays(1));
        if (admitted) {
            admission.approve("supervisor", decided);
        }
        em.flush();
        audit.recordAt(admitted ? decided : now, "system", admitted ? "ADMISSION_APPROVED" : "ADMISSION_APPLIED", "Agency", agency.id(),
                StoredText.facts("demo", true));
    }

    private void qualification(Agency agency, String type, String level, String number, LocalDate from, LocalDate to) {
        em.persist(new Qualification(agency, type, level, number, "省级主管部门", from, to, now));
    }

    private void guide(Agency agency, String itemCode, int days, String fee) {
        em.persist(new ServiceGuide(agency, itemCode, new ServiceGuide.GuideTerms(
                "营业执照、相应资质证书（如事项要求）、项目批复或备案文件、项目基础资料。",
                "1. 网上签约；2. 收集资料与现场踏勘；3. 编制成果；4. 内部审核；5. 提交成果并配合审查修改。",
                days, fee), now));
    }
}
