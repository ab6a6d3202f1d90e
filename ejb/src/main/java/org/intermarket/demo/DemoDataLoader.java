package org.intermarket.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.intermarket.audit.AuditTrail;
import org.intermarket.credit.CreditService;
import org.intermarket.files.FileStore;
import org.intermarket.inbox.Inbox;
import org.intermarket.procurement.NeedTimers;
import org.intermarket.registry.Account;
import org.intermarket.registry.CreditCode;
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
        Organisation office = organisation(OrganisationType.GOVERNMENT, "杭州市行政审批服务局", "11", "330100", "王建国", "0571-87001234", registered);
        account("admin", Role.ADMIN, office, registered);
        account("supervisor", Role.SUPERVISOR, office, registered);
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
        LOG.info("Demo data loaded: accounts admin, supervisor, owner1-2, agency1-6 (agency1-5 admitted, agency6 pending),"
                + " needs and contracts in every state, agencies at credit levels A to D, one bid-rigging case");
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
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}
