package org.intermarket.registry.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.intermarket.registry.Admission;
import org.intermarket.registry.AgencyRecord;
import org.intermarket.registry.DirectoryEntry;
import org.intermarket.registry.GuideOffer;
import org.intermarket.registry.Organisation;
import org.intermarket.registry.Qualification;
import org.intermarket.registry.QueueEntry;
import org.intermarket.registry.ServiceGuide;
import org.intermarket.shared.api.FileDto;

/** The JSON shapes of the registry API. */
public final class AgencyDtos {

    private AgencyDtos() {
    }

    public record RegionDto(String code, String nameZh, String nameEn) {
    }

    public record DirectoryEntryDto(Long id, String name, RegionDto region, String status, BigDecimal creditScore, String creditLevel,
                             BigDecimal ratingMean, int ratingCount, List<String> items) {
        static DirectoryEntryDto of(DirectoryEntry e) {
            return new DirectoryEntryDto(e.id(), e.name(), new RegionDto(e.regionCode(), e.regionZh(), e.regionEn()),
                    e.status().name(), e.creditScore(), e.creditLevel().name(), e.ratingMean(), e.ratingCount(), e.itemCodes());
        }
    }

    public record OrganisationDto(Long id, String type, String name, String creditCode, RegionDto region, String legalRepresentative,
                           String contactPerson, String contactPhone, String description, boolean enabled, Instant createdAt) {
        static OrganisationDto of(Organisation o) {
            return new OrganisationDto(o.id(), o.type().name(), o.name(), o.creditCode().toString(),
                    new RegionDto(o.region().code(), o.region().nameZh(), o.region().nameEn()), o.legalRepresentative(),
                    o.contactPerson(), o.contactPhone(), o.description(), o.enabled(), o.createdAt());
        }
    }

    public record QualificationDto(Long id, String type, String level, String certificateNo, String issuer, LocalDate validFrom,
                            LocalDate validTo, String status, FileDto certificate) {
        static QualificationDto of(Qualification q, boolean full) {
            FileDto file = full ? FileDto.of(q.certificateFile()) : null;
            return new QualificationDto(q.id(), q.type(), q.level(), full ? q.certificateNo() : q.maskedCertificateNo(),
                    q.issuer(), q.validFrom(), q.validTo(), q.status().name(), file);
        }
    }

    public record GuideDto(String itemCode, String conditions, String process, int timeLimitDays, String feeStandard, Instant updatedAt) {
        static GuideDto of(ServiceGuide g) {
            ServiceGuide.GuideTerms t = g.terms();
            return new GuideDto(g.itemCode(), t.conditions(), t.process(), t.serviceDays(), t.feeStandard(), g.updatedAt());
        }
    }

    public record AdmissionDto(Long id, Long agencyId, String agencyName, String status, Instant submittedAt, Instant decidedAt,
                        String reasonCode, String reason) {
        static AdmissionDto of(Admission a) {
            return new AdmissionDto(a.id(), a.agency().id(), a.agency().organisation().name(), a.status().name(), a.submittedAt(),
                    a.decidedAt(), a.rejectReason() == null ? null : a.rejectReason().name(), a.reasonText());
        }

        static AdmissionDto of(QueueEntry e) {
            return new AdmissionDto(e.id(), e.agencyId(), e.agencyName(), e.status().name(), e.submittedAt(), null,
                    e.rejectReason() == null ? null : e.rejectReason().name(), e.reason());
        }
    }

    /**
     * An agency's profile. {@code full} is for the agency itself and supervisors: whole
     * certificate numbers, the file behind each certificate and the admission history.
     */
    public record AgencyDto(Long id, OrganisationDto organisation, String status, String statusReason, LocalDate suspendedUntil,
                     Instant admittedAt, BigDecimal creditScore, String creditLevel, BigDecimal ratingMean, int ratingCount,
                     List<QualificationDto> qualifications, List<GuideDto> serviceGuides, List<AdmissionDto> admissions) {
        static AgencyDto of(AgencyRecord r, boolean full) {
            var a = r.agency();
            OrganisationDto organisation = OrganisationDto.of(r.organisation());
            return new AgencyDto(a.id(), organisation, a.status().name(), a.statusReason(), a.suspendedUntil(), a.admittedAt(),
                    a.creditScore(), a.creditLevel().name(), a.ratingMean(), a.ratingCount(),
                    r.qualifications().stream().map(q -> QualificationDto.of(q, full)).toList(),
                    r.guides().stream().map(GuideDto::of).toList(),
                    full ? r.admissions().stream().map(AdmissionDto::of).toList() : null);
        }
    }

    public record OfferDto(Long agencyId, String agencyName, String regionCode, String creditLevel, BigDecimal creditScore,
                    int timeLimitDays, String feeStandard, String conditions, String process) {
        static OfferDto of(GuideOffer o) {
            return new OfferDto(o.agencyId(), o.agencyName(), o.regionCode(), o.creditLevel().name(), o.creditScore(),
                    o.serviceDays(), o.feeStandard(), o.conditions(), o.process());
        }
    }

    public record RejectRequest(String reasonCode, String reason) {
    }

    public record SuspensionRequest(LocalDate until, String reason) {
    }

    public record ReasonRequest(String reason) {
    }

    public record EligibilityDto(Long agencyId, String itemCode, LocalDate date, boolean eligible, List<String> reasons) {
    }
}
