package org.intermarket.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.intermarket.audit.AuditTrail;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/**
 * The registry's daily housekeeping: reminds agencies of qualifications about to expire, marks
 * expired ones, and ends suspensions that have run out. Idempotent by construction: each
 * qualification is reminded once (reminded_at) and expired once (its status), each suspension
 * lifted once, so a run that repeats, comes late or runs on two nodes changes nothing twice.
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

    /** For an administrator who wants the sweep now, e.g. after a long outage. */
    @RolesAllowed(Roles.ADMIN)
    public SweepReport runNow() {
        return run();
    }

    @PermitAll
    public SweepReport run() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        return new SweepReport(remind(today, now), expire(today), liftEndedSuspensions(today));
    }

    private int remind(LocalDate today, Instant now) {
        long warningDays = settings.current().duration(SettingKey.QUALIFICATION_EXPIRY_WARNING).toDays();
        LocalDate horizon = today.plus(Period.ofDays((int) Math.max(0, warningDays)));
        var due = em.createQuery("SELECT q FROM Qualification q WHERE q.status = :valid AND q.remindedAt IS NULL"
                        + " AND q.validTo >= :today AND q.validTo <= :horizon ORDER BY q.id", Qualification.class)
                .setParameter("valid", QualificationStatus.VALID)
                .setParameter("today", today).setParameter("horizon", horizon)
                .getResultList();
        for (Qualification qualification : due) {
            qualification.markReminded(now);
            inbox.post(qualification.agency().id(), NotificationKind.QUALIFICATION_EXPIRING, "/agency/index.xhtml",
                    qualification.type(), qualification.certificateNo(), qualification.validTo().toString());
            audit.recordAs("system", "QUALIFICATION_EXPIRY_REMINDED", "Agency", qualification.agency().id(),
                    StoredText.facts("qualification", qualification.id(), "to", qualification.validTo()));
        }
        return due.size();
    }

    private int expire(LocalDate today) {
        var past = em.createQuery("SELECT q FROM Qualification q WHERE q.status = :valid AND q.validTo < :today ORDER BY q.id",
                        Qualification.class)
                .setParameter("valid", QualificationStatus.VALID).setParameter("today", today)
                .getResultList();
        for (Qualification qualification : past) {
            qualification.expireIfPast(today);
            inbox.post(qualification.agency().id(), NotificationKind.QUALIFICATION_EXPIRED, "/agency/index.xhtml",
                    qualification.type(), qualification.certificateNo(), qualification.validTo().toString());
            audit.recordAs("system", "QUALIFICATION_EXPIRED", "Agency", qualification.agency().id(),
                    StoredText.facts("qualification", qualification.id(), "to", qualification.validTo()));
        }
        return past.size();
    }

    private int liftEndedSuspensions(LocalDate today) {
        var ended = em.createQuery("SELECT a FROM Agency a WHERE a.status = :suspended AND a.suspendedUntil < :today",
                        Agency.class)
                .setParameter("suspended", AgencyStatus.SUSPENDED).setParameter("today", today)
                .getResultList();
        for (Agency agency : ended) {
            agency.liftSuspension();
            inbox.post(agency.id(), NotificationKind.SUSPENSION_LIFTED, "/agency/index.xhtml");
            audit.recordAs("system", "SUSPENSION_LIFTED", "Agency", agency.id(), StoredText.facts("by", "expiry"));
        }
        return ended.size();
    }

    /** What one sweep did. */
    public record SweepReport(int reminded, int expired, int suspensionsLifted) {
    }
}
