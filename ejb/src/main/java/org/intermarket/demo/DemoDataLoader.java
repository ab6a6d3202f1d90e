package org.intermarket.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.intermarket.shared.EmbeddedDatabase;
import org.intermarket.audit.AuditTrail;
import org.intermarket.credit.CreditService;
import org.intermarket.files.FileStore;
import org.intermarket.inbox.Inbox;
import org.intermarket.procurement.NeedTimers;
import org.intermarket.registry.Account;
import org.intermarket.registry.CreditCode;
import org.intermarket.registry.Office;
import org.intermarket.registry.Organisation;
import org.intermarket.registry.OrganisationType;
import org.intermarket.registry.Region;
import org.intermarket.registry.Role;
import org.intermarket.security.PasswordHasher;
import org.intermarket.shared.StoredText;

/**
 * Fills an empty database with the demo accounts of API.md ("Demo data"). On by default for
 * embedded H2, off for any other database unless {@code -Dintermarket.demo=true}: demo
 * passwords never reach a production start by accident.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class DemoDataLoader {

    public static final String DEMO_PASSWORD = "demo12345";
    /** How long ago the demo's organisations and accounts were registered: before the oldest demo project (120 days). */
    private static final Duration REGISTERED_AGO = Duration.ofDays(180);
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    /**
     * The demo's offices below the province (name, region, department or null for a platform office, supervisor
     * account, legal representative, contact phone): two cities and a district of one of them, each with its platform
     * office, and three industry departments (the catalog's names) at province, city and district level. Owner1's
     * needs are Hangzhou's, owner2's Ningbo's: each city sees its own, the Xihu district neither.
     */
    static final String[][] OFFICES = {
            {"杭州市政务服务管理办公室", "330100", null, "supervisor-hz", "赵立新", "0571-85250001"},
            {"宁波市政务服务管理办公室", "330200", null, "supervisor-nb", "钱卫东", "0574-87180002"},
            {"杭州市西湖区政务服务管理办公室", "330106", null, "supervisor-xihu", "孙海燕", "0571-87960003"},
            {"杭州市生态环境局", "330100", "生态环境部门", "eco-hz", "周国平", "0571-87070004"},
            {"宁波市生态环境局", "330200", "生态环境部门", "eco-nb", "吴晓峰", "0574-87360005"},
            {"杭州市西湖区生态环境分局", "330106", "生态环境部门", "eco-xihu", "郑丽华", "0571-87980006"},
            {"杭州市住房和城乡建设局", "330100", "住房和城乡建设部门", "housing-hz", "冯志强", "0571-87010007"},
            {"浙江省自然资源厅", "330000", "自然资源主管部门", "land-zj", "陈建华", "0571-87020008"},
    };

    @PersistenceContext
    private EntityManager em;

    @Resource
    private DataSource dataSource;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private NeedTimers timers;

    @Inject
    private FileStore files;

    @Inject
    private CreditService credit;

    @Inject
    private Inbox inbox;

    @PostConstruct
    void load() {
        if (!enabled()) {
            return;
        }
        // Nodes of a cluster start at the same moment and each finds the database empty: they take turns on the
        // sequencer's lease row (there since V13, before any demo), so the second sees the first one's accounts and loads nothing.
        em.createNativeQuery("SELECT id FROM audit_sequencer WHERE id = 1 FOR UPDATE").getResultList();
        if (em.createNamedQuery(Account.COUNT_ALL, Long.class).getSingleResult() > 0) {
            LOG.info("Database holds accounts already; no demo data loaded");
            return;
        }
        Instant now = clock.instant();
        Instant registered = now.minus(REGISTERED_AGO);
        Organisation province = organisation(OrganisationType.GOVERNMENT, "浙江省政务服务管理办公室", "11", "330000", "王建国", "0571-87001234",
                registered);
        em.persist(Office.platform(province, em.find(Region.class, "330000")));
        account("admin", Role.ADMIN, province, registered);
        account("supervisor", Role.SUPERVISOR, province, registered);
        for (String[] office : OFFICES) {
            account(office[3], Role.SUPERVISOR, office(office, registered), registered);
        }
        Organisation owner1 = organisation(OrganisationType.OWNER, "杭州市城市建设投资集团有限公司", "91", "330100", "李明", "0571-86001001", registered);
        Organisation owner2 = organisation(OrganisationType.OWNER, "宁波市交通工程建设集团有限公司", "91", "330200", "陈静", "0574-87002002", registered);
        account("owner1", Role.OWNER, owner1, registered);
        account("owner2", Role.OWNER, owner2, registered);
        DemoAgencies agencies = new DemoAgencies(em, audit, now, registered, LocalDate.now(clock));
        String[][] profiles = DemoAgencies.PROFILES;
        java.util.List<Long> agencyIds = new java.util.ArrayList<>();
        for (int i = 0; i < profiles.length; i++) {
            Organisation organisation = organisation(OrganisationType.AGENCY, profiles[i][0], "91",
                    profiles[i][1], profiles[i][2], "0571-8800" + (1000 + i), registered);
            account("agency" + (i + 1), Role.AGENCY, organisation, registered);
            agencies.fill(i, organisation);
            agencyIds.add(organisation.id());
        }
        new DemoNeeds(em, audit, timers, now).fill(owner1, owner2, agencyIds);
        new DemoDelivery(em, audit, files, inbox, now).fill(owner1, owner2, agencyIds);
        new DemoSignals(em, audit, now).fill(owner2, agencyIds);
        // Agency by agency in this transaction: the full recompute works each agency in a transaction of its own,
        // which could not see the demo data before this one commits.
        agencyIds.forEach(id -> credit.recompute(id, StoredText.of("demo")));
        LOG.info("Demo data loaded: accounts admin, supervisor (the province office), the offices' supervisors "
                + Arrays.stream(OFFICES).map(office -> office[3]).collect(Collectors.joining(", ")) + ", owner1-2, agency1-6 (agency1-5 admitted, agency6 pending),"
                + " needs and contracts in every state, agencies at credit levels A to D, one bid-rigging case");
    }

    /**
     * A government office of the demo, beside the province's platform office: its organisation, with a contact of its
     * own, and the office's region and department.
     */
    private Organisation office(String[] office, Instant registered) {
        Region region = em.find(Region.class, office[1]);
        Organisation organisation = organisation(OrganisationType.GOVERNMENT, office[0], "11", office[1], office[4], office[5], registered);
        em.persist(office[2] == null ? Office.platform(organisation, region) : Office.department(organisation, region, office[2]));
        return organisation;
    }

    private Organisation organisation(OrganisationType type, String name, String registrationPrefix, String regionCode,
                                      String representative, String phone, Instant registered) {
        Organisation organisation = new Organisation(type, name, demoCreditCode(registrationPrefix, regionCode, name), em.find(Region.class, regionCode),
                representative, phone, registered);
        em.persist(organisation);
        em.flush();
        audit.recordAt(registered, "system", "ORGANISATION_REGISTERED", "Organisation", organisation.id(),
                StoredText.facts("type", type, "name", name, "demo", true));
        return organisation;
    }

    private void account(String username, Role role, Organisation organisation, Instant created) {
        Account account = new Account(username, hasher.hash(DEMO_PASSWORD.toCharArray()), role, organisation,
                username + "@demo.intermarket.example", created);
        em.persist(account);
        em.flush();
        audit.recordAt(created, "system", "ACCOUNT_CREATED", "Account", account.id(), StoredText.facts("role", role, "demo", true));
    }

    /** A valid credit code: registration prefix, the region's six digits, a number from the name, check character. */
    private static CreditCode demoCreditCode(String registrationPrefix, String regionCode, String name) {
        String body = registrationPrefix + regionCode + String.format(Locale.ROOT, "%09d", Math.floorMod(name.hashCode(), 1_000_000_000));
        return CreditCode.of(body + CreditCode.checkCharacter(body));
    }

    private boolean enabled() {
        String flag = System.getProperty("intermarket.demo");
        if (flag != null) {
            return Boolean.parseBoolean(flag);
        }
        return EmbeddedDatabase.isH2(dataSource);
    }
}
