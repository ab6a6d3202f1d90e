package org.intermarket.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.intermarket.files.StoredFile;

/**
 * A certificate that qualifies an agency for the items requiring its type. Validity is a date
 * range: whether it counts on a given day never depends on the expiry sweep having run.
 */
@Entity
@Table(name = "qualification")
public class Qualification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "qualification_type", nullable = false)
    private String type;

    @Column(name = "qualification_level", nullable = false)
    private String level;

    @Column(name = "certificate_no", nullable = false)
    private String certificateNo;

    @Column(nullable = false)
    private String issuer;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QualificationStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_file_id")
    private StoredFile certificateFile;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Qualification() {
    }

    public Qualification(Agency agency, String type, String level, String certificateNo, String issuer,
                         LocalDate validFrom, LocalDate validTo, Instant createdAt) {
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo before validFrom");
        }
        this.agency = Objects.requireNonNull(agency);
        this.type = Objects.requireNonNull(type);
        this.level = Objects.requireNonNull(level);
        this.certificateNo = Objects.requireNonNull(certificateNo);
        this.issuer = Objects.requireNonNull(issuer);
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = QualificationStatus.VALID;
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** Called by the daily sweep; true when this call changed the status. */
    public boolean expireIfPast(LocalDate today) {
        if (status == QualificationStatus.VALID && today.isAfter(validTo)) {
            status = QualificationStatus.EXPIRED;
            return true;
        }
        return false;
    }

    public void markReminded(Instant now) {
        remindedAt = now;
    }

    public void attachCertificate(StoredFile file) {
        certificateFile = Objects.requireNonNull(file);
    }

    /** The certificate number as the public sees it: the middle hidden, the ends kept for recognition. */
    public String maskedCertificateNo() {
        int length = certificateNo.length();
        int shown = length <= 4 ? 1 : Math.min(4, length / 4);
        return certificateNo.substring(0, shown) + "*".repeat(length - 2 * shown) + certificateNo.substring(length - shown);
    }

    public Long id() {
        return id;
    }

    public Agency agency() {
        return agency;
    }

    public String type() {
        return type;
    }

    public String level() {
        return level;
    }

    public String certificateNo() {
        return certificateNo;
    }

    public String issuer() {
        return issuer;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public QualificationStatus status() {
        return status;
    }

    public StoredFile certificateFile() {
        return certificateFile;
    }

    public Instant remindedAt() {
        return remindedAt;
    }
}
