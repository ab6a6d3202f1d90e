package org.intermarket.credit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.intermarket.audit.AuditTrail;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.registry.Agency;
import org.intermarket.registry.Offices;
import org.intermarket.registry.RegionalGrounds;
import org.intermarket.registry.RegistryQueries;
import org.intermarket.settings.SettingKey;
import org.intermarket.settings.SettingsService;
import org.intermarket.shared.Caller;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/**
 * The credit inputs supervisors record (violations, rewards, periodic ratings) and blacklistings,
 * plus the violations market rules record on their own. Each one is audited, lands in the
 * agency's inbox and moves its score through a {@link CreditInputChanged} event.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class CreditRecords {

    private static final String AGENCY_LINK = "/agency.xhtml?id=";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegistryQueries registry;

    @Inject
    private SettingsService settings;

    @Inject
    private Event<CreditInputChanged> creditChanged;

    @Inject
    private Inbox inbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Offices offices;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public Violation recordViolation(@NotNull Long agencyId, @NotNull @Valid ViolationForm form) {
        RegionalGrounds.refuse("reason", form.reason());
        // locked before anything reads it, as every change of its credit inputs does: read unlocked first, the row's
        // version could move under a parallel change and the lock would then fail as a stale read (409)
        registry.agencyForUpdate(agencyId);
        offices.requireOrganisation(agencyId);
        return violation(agencyId, form.severity(), ViolationSource.SUPERVISOR, null, form.reason().trim(),
                form.evidence() == null || form.evidence().isBlank() ? null : form.evidence().trim(), caller.name());
    }

    /**
     * A violation a market rule records about one contract (overdue, not signed). At most one per
     * contract and rule: a second call returns null and changes nothing.
     */
    @PermitAll
    public Violation recordRuleViolation(@NotNull Long agencyId, @NotNull Severity severity, @NotNull ViolationSource source,
                                         @NotNull Long contractId, @NotNull String reason) {
        boolean recorded = em.createQuery("SELECT COUNT(v) FROM Violation v WHERE v.contractId = :contract AND v.source = :source", Long.class)
                .setParameter("contract", contractId).setParameter("source", source).getSingleResult() > 0;
        return recorded ? null : violation(agencyId, severity, source, contractId, reason, "contract " + contractId, "system");
    }

    private Violation violation(Long agencyId, Severity severity, ViolationSource source, Long contractId, String reason, String evidence,
                                String by) {
        registry.agencyForUpdate(agencyId);
        Instant now = clock.instant();
        Violation violation = new Violation(agencyId, severity, source, contractId, reason, evidence, now, by);
        em.persist(violation);
        em.flush();
        audit.recordAs(by, "VIOLATION_RECORDED", "Agency", agencyId, StoredText.facts("severity", severity, "source", source, "reason", reason));
        inbox.post(agencyId, NotificationKind.VIOLATION_RECORDED, AGENCY_LINK + agencyId, severity.name(), reason);
        creditChanged.fire(new CreditInputChanged(agencyId, StoredText.of("violation", "severity", severity, "points", -severity.points(), "reason", reason)));
        if (severity == Severity.SERIOUS) {
            LocalDate today = LocalDate.now(clock);
            LocalDate until = today.plusDays(settings.current().duration(SettingKey.BLACKLIST_PERIOD).toDays()).minusDays(1);
            blacklisting(agencyId, until, reason, violation.id(), by);
        }
        return violation;
    }

    public Reward reward(@NotNull Long agencyId, @NotNull @Valid RewardForm form) {
        registry.agencyForUpdate(agencyId);
        offices.requireOrganisation(agencyId);
        Reward reward = new Reward(agencyId, form.points(), form.reason().trim(), clock.instant(), caller.name());
        em.persist(reward);
        audit.record("REWARD_GRANTED", "Agency", agencyId, StoredText.facts("points", form.points(), "reason", reward.reason()));
        inbox.post(agencyId, NotificationKind.REWARD_GRANTED, AGENCY_LINK + agencyId, String.valueOf(form.points()), reward.reason());
        creditChanged.fire(new CreditInputChanged(agencyId, StoredText.of("reward", "points", form.points(), "reason", reward.reason())));
        return reward;
    }

    public SupervisorRating rate(@NotNull Long agencyId, @NotNull @Valid SupervisorRatingForm form) {
        registry.agencyForUpdate(agencyId);
        offices.requireOrganisation(agencyId);
        SupervisorRating rating = new SupervisorRating(agencyId, form.score().setScale(2), form.comment().trim(), clock.instant(), caller.name());
        em.persist(rating);
        audit.record("SUPERVISOR_RATED", "Agency", agencyId, StoredText.facts("score", rating.score(), "comment", rating.comment()));
        inbox.post(agencyId, NotificationKind.SUPERVISOR_RATED, AGENCY_LINK + agencyId, rating.score().toPlainString(), rating.comment());
        creditChanged.fire(new CreditInputChanged(agencyId, StoredText.of("supervisorRating", "score", rating.score(), "comment", rating.comment())));
        return rating;
    }

    public Blacklisting blacklist(@NotNull Long agencyId, @NotNull @Valid BlacklistForm form) {
        RegionalGrounds.refuse("reason", form.reason());
        registry.agencyForUpdate(agencyId);
        offices.requireOrganisation(agencyId);
        if (form.until().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("until", "a blacklisting ends today or later");
        }
        return blacklisting(agencyId, form.until(), form.reason().trim(), null, caller.name());
    }

    private Blacklisting blacklisting(Long agencyId, LocalDate until, String reason, Long violationId, String by) {
        Blacklisting entry = new Blacklisting(agencyId, LocalDate.now(clock), until, reason, violationId, clock.instant(), by);
        em.persist(entry);
        updateBlacklistedUntil(agencyId);
        audit.record("AGENCY_BLACKLISTED", "Agency", agencyId, StoredText.facts("until", until, "reason", reason));
        inbox.post(agencyId, NotificationKind.BLACKLISTED, AGENCY_LINK + agencyId, until.toString(), reason);
        creditChanged.fire(new CreditInputChanged(agencyId, StoredText.of("blacklisted", "until", until, "violation", violationId, "reason", reason)));
        return entry;
    }

    /** Lifts every blacklisting of the agency in force today. */
    public List<Blacklisting> lift(@NotNull Long agencyId, @NotBlank @Size(max = 1000) String reason) {
        registry.agencyForUpdate(agencyId);
        offices.requireOrganisation(agencyId);
        LocalDate today = LocalDate.now(clock);
        List<Blacklisting> inForce = blacklistings(agencyId).stream().filter(b -> b.inForceOn(today)).toList();
        if (inForce.isEmpty()) {
            throw new NotFoundException("blacklisting in force for agency", agencyId);
        }
        inForce.forEach(b -> b.lift(reason.trim(), caller.name(), clock.instant()));
        updateBlacklistedUntil(agencyId);
        audit.record("BLACKLIST_LIFTED", "Agency", agencyId, StoredText.facts("reason", reason.trim()));
        inbox.post(agencyId, NotificationKind.BLACKLIST_LIFTED, AGENCY_LINK + agencyId, reason.trim());
        creditChanged.fire(new CreditInputChanged(agencyId, StoredText.of("blacklistLifted", "reason", reason.trim())));
        return inForce;
    }

    /** The agency keeps the last day of its longest blacklisting not lifted, for the directory and canBid. */
    private void updateBlacklistedUntil(Long agencyId) {
        em.flush();
        LocalDate last = em.createQuery("SELECT MAX(b.endsOn) FROM Blacklisting b WHERE b.agencyId = :agency AND b.liftedAt IS NULL",
                LocalDate.class).setParameter("agency", agencyId).getSingleResult();
        Agency agency = registry.agency(agencyId);
        agency.blacklistedUntil(last);
    }

    /** Every blacklisting of an agency, newest first: public. */
    @PermitAll
    public List<Blacklisting> blacklistings(@NotNull Long agencyId) {
        return em.createQuery("SELECT b FROM Blacklisting b WHERE b.agencyId = :agency ORDER BY b.startsOn DESC, b.id DESC", Blacklisting.class)
                .setParameter("agency", agencyId).getResultList();
    }

    /** Violations on an agency's record, newest first: public, like the history they explain. */
    @PermitAll
    public Page<Violation> violations(@NotNull Long agencyId, @NotNull PageRequest page) {
        List<Violation> items = em.createQuery("SELECT v FROM Violation v WHERE v.agencyId = :agency ORDER BY v.recordedAt DESC, v.id DESC",
                Violation.class).setParameter("agency", agencyId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(v) FROM Violation v WHERE v.agencyId = :agency", Long.class)
                .setParameter("agency", agencyId).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }
}
