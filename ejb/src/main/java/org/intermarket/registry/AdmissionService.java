package org.intermarket.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.intermarket.audit.AuditTrail;
import org.intermarket.inbox.Inbox;
import org.intermarket.inbox.NotificationKind;
import org.intermarket.security.TokenService;
import org.intermarket.shared.Caller;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Page;
import org.intermarket.shared.PageRequest;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/**
 * Supervisors deciding who takes part: admission review, suspension, expulsion, and disabling an
 * organisation. Every decision is audited and lands in the organisation's inbox.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class AdmissionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegistryQueries queries;

    @Inject
    private Inbox inbox;

    @Inject
    private TokenService tokens;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Offices offices;

    @Inject
    private Clock clock;

    /**
     * Applications in a status, oldest first: the queue is worked in the order agencies applied. An office sees the
     * applications of the agencies it decides about (its home region's, {@link Jurisdiction}).
     */
    public Page<QueueEntry> queue(@NotNull AdmissionStatus status, @NotNull PageRequest page) {
        List<QueueEntry> entries = em.createQuery("SELECT new org.intermarket.registry.QueueEntry(a.id, ag.id, o.name,"
                        + " r.code, r.nameZh, r.nameEn, a.status, a.submittedAt, a.rejectReason, a.reasonText)"
                        + " FROM Admission a JOIN a.agency ag JOIN ag.organisation o JOIN o.region r"
                        + " WHERE a.status = :status AND (" + offices.jurisdiction().organisationsJpql("o.id") + ")"
                        + " ORDER BY a.submittedAt, a.id", QueueEntry.class)
                .setParameter("status", status)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(entries, page.page(), page.size(), count(status));
    }

    public long count(@NotNull AdmissionStatus status) {
        return em.createQuery("SELECT COUNT(a) FROM Admission a WHERE a.status = :status AND ("
                        + offices.jurisdiction().organisationsJpql("a.agency.id") + ")", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    /** An application the caller's office decides; another office's is not found. */
    public Admission admission(@NotNull Long id) {
        // The agency (and with it, eagerly, its organisation) comes along: callers show its name.
        return em.createQuery("SELECT a FROM Admission a JOIN FETCH a.agency WHERE a.id = :id", Admission.class)
                .setParameter("id", id).getResultStream().findFirst()
                .filter(admission -> offices.decidesOrganisation(admission.agency().id()))
                .orElseThrow(() -> new NotFoundException("admission", id));
    }

    public Admission approve(@NotNull Long id) {
        Admission admission = pending(id);
        admission.approve(caller.name(), clock.instant());
        Long agencyId = admission.agency().id();
        flushDecision();
        audit.record("ADMISSION_APPROVED", "Agency", agencyId, StoredText.facts("application", id));
        inbox.post(agencyId, NotificationKind.ADMISSION_APPROVED, "/agency/index.xhtml");
        return admission;
    }

    public Admission reject(@NotNull Long id, @NotNull RejectReason reason, @Size(max = 1000) String text) {
        String explanation = text == null ? null : text.trim();
        // the category alone does not tell the agency what to correct
        if (explanation == null || explanation.isEmpty()) {
            throw InvalidInputException.because("reason", "reason-required", "say why the application is rejected and what to correct");
        }
        RegionalGrounds.refuse("reason", explanation);
        Admission admission = pending(id);
        admission.reject(reason, explanation, caller.name(), clock.instant());
        Long agencyId = admission.agency().id();
        flushDecision();
        audit.record("ADMISSION_REJECTED", "Agency", agencyId, StoredText.facts("application", id, "reasonCode", reason, "reason", explanation));
        inbox.post(agencyId, NotificationKind.ADMISSION_REJECTED, "/agency/index.xhtml", reason.name(),
                explanation == null ? "" : explanation);
        return admission;
    }

    public Agency suspend(@NotNull Long agencyId, @NotNull LocalDate until, @NotBlank @Size(max = 1000) String reason) {
        if (!until.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("until", "a suspension must end after today");
        }
        RegionalGrounds.refuse("reason", reason);
        Agency agency = queries.agency(agencyId);
        offices.requireOrganisation(agencyId);
        agency.suspend(until, reason.trim());
        flushDecision();
        audit.record("AGENCY_SUSPENDED", "Agency", agencyId, StoredText.facts("until", until, "reason", reason.trim()));
        inbox.post(agencyId, NotificationKind.AGENCY_SUSPENDED, "/agency/index.xhtml", until.toString(), reason.trim());
        return agency;
    }

    public Agency liftSuspension(@NotNull Long agencyId) {
        Agency agency = queries.agency(agencyId);
        offices.requireOrganisation(agencyId);
        agency.liftSuspension();
        flushDecision();
        audit.record("SUSPENSION_LIFTED", "Agency", agencyId, StoredText.facts("by", "supervisor"));
        inbox.post(agencyId, NotificationKind.SUSPENSION_LIFTED, "/agency/index.xhtml");
        return agency;
    }

    public Agency expel(@NotNull Long agencyId, @NotBlank @Size(max = 1000) String reason) {
        RegionalGrounds.refuse("reason", reason);
        Agency agency = queries.agency(agencyId);
        offices.requireOrganisation(agencyId);
        agency.expel(reason.trim());
        flushDecision();
        audit.record("AGENCY_EXPELLED", "Agency", agencyId, StoredText.facts("reason", reason.trim()));
        inbox.post(agencyId, NotificationKind.AGENCY_EXPELLED, "/agency/index.xhtml", reason.trim());
        return agency;
    }

    /** Disables or re-enables an organisation; disabling revokes its accounts' API tokens at once. */
    public Organisation setEnabled(@NotNull Long organisationId, boolean enabled, @Size(max = 1000) String reason) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new NotFoundException("organisation", organisationId);
        }
        if (organisation.type() == OrganisationType.GOVERNMENT) {
            throw new ConflictException("registry.government", "a government office cannot be disabled here");
        }
        offices.requireOrganisation(organisationId);
        if (organisation.enabled() == enabled) {
            return organisation;
        }
        if (!enabled && (reason == null || reason.isBlank())) {
            throw InvalidInputException.because("reason", "reason-required", "say why the organisation is disabled");
        }
        organisation.setEnabled(enabled);
        if (!enabled) {
            em.createQuery("SELECT a FROM Account a WHERE a.organisation.id = :organisation", Account.class)
                    .setParameter("organisation", organisationId).getResultList()
                    .forEach(account -> tokens.revokeAllOf(account, clock.instant()));
            inbox.post(organisationId, NotificationKind.ORGANISATION_DISABLED, null, reason.trim());
        }
        audit.record(enabled ? "ORGANISATION_ENABLED" : "ORGANISATION_DISABLED", "Organisation", organisationId,
                StoredText.facts("reason", reason == null ? null : reason.trim()));
        return organisation;
    }

    private Admission pending(Long id) {
        Admission admission = admission(id);
        if (admission.status() != AdmissionStatus.PENDING) {
            throw new ConflictException("registry.already-decided", "application " + id + " was already " + admission.status());
        }
        return admission;
    }

    private void flushDecision() {
        try {
            em.flush();
        } catch (OptimisticLockException concurrentDecision) {
            throw new ConflictException("registry.concurrent-decision", "another supervisor changed this agency just now; reload");
        }
    }
}
