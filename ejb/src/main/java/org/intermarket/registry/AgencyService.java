package org.intermarket.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.intermarket.audit.AuditTrail;
import org.intermarket.catalog.CatalogService;
import org.intermarket.catalog.ItemStatus;
import org.intermarket.catalog.ServiceItem;
import org.intermarket.files.FileType;
import org.intermarket.files.StoredFile;
import org.intermarket.files.Uploads;
import org.intermarket.shared.Caller;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.NotFoundException;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;

/**
 * An agency keeping its own record: qualifications, certificate scans, service guides, and its
 * application for admission. Every method checks that the agency is the caller's own.
 */
@Stateless
@RolesAllowed(Roles.AGENCY)
public class AgencyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Membership membership;

    @Inject
    private RegistryQueries queries;

    @Inject
    private CatalogService catalog;

    @Inject
    private Uploads uploads;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @RolesAllowed({Roles.AGENCY, Roles.SUPERVISOR})
    public AgencyRecord record(@NotNull Long agencyId) {
        membership.requireOwnOrSupervisor(agencyId);
        return queries.record(agencyId);
    }

    public Qualification addQualification(@NotNull Long agencyId, @NotNull @Valid QualificationForm form) {
        Agency agency = ownChangeableAgency(agencyId);
        String type = form.type().trim();
        if (!queries.qualificationTypes().contains(type)) {
            throw new InvalidInputException("type", "no catalog item requires a qualification of type " + type);
        }
        if (form.validTo().isBefore(form.validFrom())) {
            throw new InvalidInputException("validTo", "a qualification cannot end before it starts");
        }
        if (form.validTo().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("validTo", "this qualification has already expired");
        }
        Qualification qualification = new Qualification(agency, type, form.level().trim(), form.certificateNo().trim(),
                form.issuer().trim(), form.validFrom(), form.validTo(), clock.instant());
        try {
            em.persist(qualification);
            em.flush();
        } catch (PersistenceException duplicate) {
            throw new ConflictException("registry.certificate-registered",
                    "certificate " + form.certificateNo().trim() + " of type " + type + " is already on record");
        }
        audit.record("QUALIFICATION_ADDED", "Agency", agencyId, StoredText.facts("qualification", qualification.id(), "type", type,
                "level", qualification.level(), "certificate", qualification.certificateNo(), "from", qualification.validFrom(), "to", qualification.validTo()));
        return qualification;
    }

    public void removeQualification(@NotNull Long agencyId, @NotNull Long qualificationId) {
        ownChangeableAgency(agencyId);
        Qualification qualification = ownQualification(agencyId, qualificationId);
        em.remove(qualification);
        audit.record("QUALIFICATION_REMOVED", "Agency", agencyId, StoredText.facts("qualification", qualificationId, "type", qualification.type(),
                "certificate", qualification.certificateNo()));
    }

    /** Stores the scanned certificate (PDF, JPEG or PNG, checked by content) and attaches it. */
    public Qualification attachCertificate(@NotNull Long agencyId, @NotNull Long qualificationId, @NotNull InputStream content,
                                           String fileName) {
        ownChangeableAgency(agencyId);
        Qualification qualification = ownQualification(agencyId, qualificationId);
        StoredFile file = uploads.accept(content, fileName, FileType.IMAGES_AND_PDF,
                agencyId, caller.name());
        qualification.attachCertificate(file);
        audit.record("CERTIFICATE_UPLOADED", "Agency", agencyId, StoredText.facts("qualification", qualificationId, "file", file.originalName(),
                "bytes", file.size(), "sha256", file.sha256()));
        return qualification;
    }

    /** The certificate scan, for the agency itself and for supervisors only. */
    @RolesAllowed({Roles.AGENCY, Roles.SUPERVISOR})
    public StoredFile certificate(@NotNull Long agencyId, @NotNull Long qualificationId) {
        membership.requireOwnOrSupervisor(agencyId);
        ownQualification(agencyId, qualificationId);
        return em.createQuery("SELECT q.certificateFile FROM Qualification q WHERE q.id = :id", StoredFile.class)
                .setParameter("id", qualificationId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("certificate of qualification", qualificationId));
    }

    /**
     * Publishes the guide for an item, or replaces the agency's guide for it. Only ACTIVE items;
     * an item that requires a qualification needs a matching one valid today.
     */
    public ServiceGuide publishGuide(@NotNull Long agencyId, @NotNull @Valid GuideForm form) {
        Agency agency = ownChangeableAgency(agencyId);
        ServiceItem item = catalog.find(form.itemCode());
        if (item.status() != ItemStatus.ACTIVE) {
            throw new ConflictException("registry.item-retired", "service item " + item.code() + " is retired");
        }
        String required = item.details().qualificationType();
        LocalDate today = LocalDate.now(clock);
        if (required != null && queries.qualifications(agencyId).stream()
                .noneMatch(q -> q.type().equals(required) && q.validOn(today))) {
            throw new ConflictException("registry.qualification-missing",
                    "service item " + item.code() + " requires a valid qualification of type " + required);
        }
        Instant now = clock.instant();
        ServiceGuide guide = guide(agencyId, item.code());
        if (guide == null) {
            guide = new ServiceGuide(agency, item.code(), form.terms(), now);
            em.persist(guide);
        } else {
            guide.update(form.terms(), now);
        }
        audit.record("GUIDE_PUBLISHED", "Agency", agencyId, StoredText.facts("item", item.code(), "days", guide.terms().serviceDays(),
                "fee", guide.terms().feeStandard()));
        return guide;
    }

    public void withdrawGuide(@NotNull Long agencyId, @NotNull String itemCode) {
        ownChangeableAgency(agencyId);
        ServiceGuide guide = guide(agencyId, itemCode.trim().toUpperCase(java.util.Locale.ROOT));
        if (guide == null) {
            throw new NotFoundException("service guide for item", itemCode);
        }
        em.remove(guide);
        audit.record("GUIDE_WITHDRAWN", "Agency", agencyId, StoredText.facts("item", guide.itemCode()));
    }

    /** Applies for admission with the qualifications and guides on record: at least one guide. */
    public Admission apply(@NotNull Long agencyId) {
        Agency agency = ownChangeableAgency(agencyId);
        if (queries.guides(agencyId).isEmpty()) {
            throw new ConflictException("registry.no-guide", "publish at least one service guide before applying");
        }
        agency.apply();
        Admission admission = new Admission(agency, caller.name(), clock.instant());
        em.persist(admission);
        em.flush();
        audit.record("ADMISSION_APPLIED", "Agency", agencyId, StoredText.facts("application", admission.id()));
        return admission;
    }

    private Agency ownChangeableAgency(Long agencyId) {
        membership.requireOwn(agencyId);
        Agency agency = queries.agency(agencyId);
        if (agency.status() == AgencyStatus.EXPELLED) {
            throw new ConflictException("registry.expelled", "an expelled agency cannot change its record");
        }
        return agency;
    }

    private Qualification ownQualification(Long agencyId, Long qualificationId) {
        Qualification qualification = em.find(Qualification.class, qualificationId);
        if (qualification == null || !qualification.agency().id().equals(agencyId)) {
            throw new NotFoundException("qualification", qualificationId);
        }
        return qualification;
    }

    private ServiceGuide guide(Long agencyId, String itemCode) {
        return em.createQuery("SELECT g FROM ServiceGuide g WHERE g.agency.id = :agency AND g.itemCode = :item", ServiceGuide.class)
                .setParameter("agency", agencyId).setParameter("item", itemCode)
                .getResultStream().findFirst().orElse(null);
    }
}
