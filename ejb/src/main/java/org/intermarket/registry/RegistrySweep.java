package org.intermarket.registry;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.intermarket.audit.AuditTrail;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;
import org.intermarket.shared.PerItem;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/**
 * The registry's daily housekeeping: reminds agencies of qualifications about to expire, marks
 * expired ones, and ends suspensions that have run out. Each qualification and each agency is
 * handled in a transaction of its own ({@link PerItem}): one that fails is logged and left for
 * the next run, the rest go on. Idempotent by construction: each qualification is reminded once
 * (reminded_at) and expired once (its status), each suspension lifted once, and each of these is
 * checked again under the row's lock, so a run that repeats, comes late or runs on two nodes
 * changes nothing twice.
 */
@Stateless
public class RegistrySweep {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Inbox inbox;

    @Inject
    private SettingsService settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** For an administrator who wants the sweep now, e.g. after a long outage. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SweepReport runNow() {
        return run();
    }

    /** Outside any transaction: it only reads ids, and each item's work opens its own. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SweepReport run() {
        LocalDate today = LocalDate.now(clock);
        long warningDays = settings.current().duration(SettingKey.QUALIFICATION_EXPIRY_WARNING).toDays();
        LocalDate horizon = today.plus(Period.ofDays((int) Math.max(0, warningDays)));
        RegistrySweep self = context.getBusinessObject(RegistrySweep.class);
        List<Long> dueForReminder = em.createQuery("SELECT q.id FROM Qualification q WHERE q.status = :valid AND q.remindedAt IS NULL"
                        + " AND q.validTo >= :today AND q.validTo <= :horizon ORDER BY q.id", Long.class)
                .setParameter("valid", QualificationStatus.VALID)
                .setParameter("today", today).setParameter("horizon", horizon)
                .getResultList();
        PerItem.Tally reminded = PerItem.run("registry sweep, expiry reminders", dueForReminder, id -> self.remind(id, today, horizon));
        List<Long> past = em.createQuery("SELECT q.id FROM Qualification q WHERE q.status = :valid AND q.validTo < :today ORDER BY q.id",
                        Long.class)
                .setParameter("valid", QualificationStatus.VALID).setParameter("today", today)
                .getResultList();
        PerItem.Tally expired = PerItem.run("registry sweep, expiries", past, id -> self.expire(id, today));
        List<Long> ended = em.createQuery("SELECT a.id FROM Agency a WHERE a.status = :suspended AND a.suspendedUntil < :today ORDER BY a.id",
                        Long.class)
                .setParameter("suspended", AgencyStatus.SUSPENDED).setParameter("today", today)
                .getResultList();
        PerItem.Tally lifted = PerItem.run("registry sweep, ended suspensions", ended, id -> self.liftEndedSuspension(id, today));
        return new SweepReport(reminded.done(), expired.done(), lifted.done(), reminded.failed() + expired.failed() + lifted.failed());
    }

    /** One reminder; false when the qualification was reminded, renewed or withdrawn since the ids were read. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(Long qualificationId, LocalDate today, LocalDate horizon) {
        Qualification qualification = em.find(Qualification.class, qualificationId, LockModeType.PESSIMISTIC_WRITE);
        if (qualification == null || qualification.status() != QualificationStatus.VALID || qualification.remindedAt() != null
                || qualification.validTo().isBefore(today) || qualification.validTo().isAfter(horizon)) {
            return false;
        }
        qualification.markReminded(clock.instant());
        tellTheAgency(qualification, NotificationKind.QUALIFICATION_EXPIRING, "QUALIFICATION_EXPIRY_REMINDED");
        return true;
    }

    /** One expiry; false when the qualification is no longer valid and past (expired by another run, renewed). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(Long qualificationId, LocalDate today) {
        Qualification qualification = em.find(Qualification.class, qualificationId, LockModeType.PESSIMISTIC_WRITE);
        if (qualification == null || !qualification.expireIfPast(today)) {
            return false;
        }
        tellTheAgency(qualification, NotificationKind.QUALIFICATION_EXPIRED, "QUALIFICATION_EXPIRED");
        return true;
    }

    /** The agency's inbox and the audit log learn what happened to one of its qualifications. */
    private void tellTheAgency(Qualification qualification, NotificationKind kind, String action) {
        inbox.post(qualification.agency().id(), kind, "/agency/index.xhtml",
                qualification.type(), qualification.certificateNo(), qualification.validTo().toString());
        audit.recordAs("system", action, "Agency", qualification.agency().id(),
                StoredText.facts("qualification", qualification.id(), "to", qualification.validTo()));
    }

    /** One suspension ends; false when it was lifted, lengthened or turned into an expulsion since the ids were read. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean liftEndedSuspension(Long agencyId, LocalDate today) {
        Agency agency = em.find(Agency.class, agencyId, LockModeType.PESSIMISTIC_WRITE);
        if (agency == null || agency.status() != AgencyStatus.SUSPENDED || agency.suspendedUntil() == null
                || !agency.suspendedUntil().isBefore(today)) {
            return false;
        }
        agency.liftSuspension();
        inbox.post(agency.id(), NotificationKind.SUSPENSION_LIFTED, "/agency/index.xhtml");
        audit.recordAs("system", "SUSPENSION_LIFTED", "Agency", agency.id(), StoredText.facts("by", "expiry"));
        return true;
    }

    /** What one sweep did; {@code failed} items were logged and are tried again by the next run. */
    public record SweepReport(int reminded, int expired, int suspensionsLifted, int failed) {
    }
}
