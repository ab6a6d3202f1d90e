package org.intermarket.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.intermarket.credit.CreditLevel;
import org.intermarket.shared.ConflictException;

/**
 * The market side of an agency organisation: its admission status and the credit figures the
 * directory shows. Status changes only through the methods below, which enforce the lifecycle.
 */
@Entity
@Table(name = "agency")
public class Agency {

    /** Every agency starts at the credit baseline of DOMAIN.md until ratings and sanctions move it. */
    public static final BigDecimal BASELINE_SCORE = new BigDecimal("80.00");

    @Id
    @Column(name = "organisation_id")
    private Long id;

    /** Eager: an agency is never shown without its organisation's name. */
    @MapsId
    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "suspended_until")
    private LocalDate suspendedUntil;

    @Column(name = "admitted_at")
    private Instant admittedAt;

    @Column(name = "credit_score", nullable = false)
    private BigDecimal creditScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_level", nullable = false)
    private CreditLevel creditLevel;

    @Column(name = "rating_count", nullable = false)
    private int ratingCount;

    @Column(name = "rating_mean")
    private BigDecimal ratingMean;

    /** The last day of the longest blacklisting in force, or null: the credit context keeps it. */
    @Column(name = "blacklisted_until")
    private LocalDate blacklistedUntil;

    /** 守信红名单: level A and no violation in 365 days. */
    @Column(name = "red_listed", nullable = false)
    private boolean redListed;

    /** Two supervisors deciding on the same agency at once: the second gets a conflict. */
    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Agency() {
    }

    public static Agency registered(Organisation organisation) {
        if (organisation.type() != OrganisationType.AGENCY) {
            throw new IllegalArgumentException("not an agency: " + organisation.type());
        }
        Agency agency = new Agency();
        agency.organisation = organisation;
        agency.status = AgencyStatus.REGISTERED;
        agency.creditScore = BASELINE_SCORE;
        agency.creditLevel = CreditLevel.of(BASELINE_SCORE);
        return agency;
    }

    public void apply() {
        require(AgencyStatus.REGISTERED, "registry.cannot-apply", "an application can only be made from status REGISTERED");
        status = AgencyStatus.PENDING;
        statusReason = null;
    }

    public void approve(Instant now) {
        require(AgencyStatus.PENDING, "registry.not-pending", "only a pending application can be decided");
        status = AgencyStatus.ACTIVE;
        admittedAt = now;
    }

    public void reject(String reason) {
        require(AgencyStatus.PENDING, "registry.not-pending", "only a pending application can be decided");
        status = AgencyStatus.REGISTERED;
        statusReason = reason;
    }

    public void suspend(LocalDate until, String reason) {
        require(AgencyStatus.ACTIVE, "registry.not-active", "only an active agency can be suspended");
        status = AgencyStatus.SUSPENDED;
        suspendedUntil = Objects.requireNonNull(until);
        statusReason = reason;
    }

    public void liftSuspension() {
        require(AgencyStatus.SUSPENDED, "registry.not-suspended", "the agency is not suspended");
        status = AgencyStatus.ACTIVE;
        suspendedUntil = null;
        statusReason = null;
    }

    public void expel(String reason) {
        if (status == AgencyStatus.EXPELLED) {
            throw new ConflictException("registry.expelled", "the agency has already been expelled");
        }
        status = AgencyStatus.EXPELLED;
        suspendedUntil = null;
        statusReason = reason;
    }

    /** The credit context's figures, recomputed from the agency's ratings, violations and the rest. */
    public void applyCredit(BigDecimal score, CreditLevel level, int ratingCount, BigDecimal ratingMean, boolean redListed) {
        this.creditScore = Objects.requireNonNull(score);
        this.creditLevel = Objects.requireNonNull(level);
        this.ratingCount = ratingCount;
        this.ratingMean = ratingMean;
        this.redListed = redListed;
    }

    public void blacklistedUntil(LocalDate lastDay) {
        this.blacklistedUntil = lastDay;
    }

    public LocalDate blacklistedUntil() {
        return blacklistedUntil;
    }

    public boolean blacklistedOn(LocalDate day) {
        return blacklistedUntil != null && !day.isAfter(blacklistedUntil);
    }

    public boolean redListed() {
        return redListed;
    }

    private void require(AgencyStatus expected, String code, String message) {
        if (status != expected) {
            throw new ConflictException(code, message + " (status is " + status + ")");
        }
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public AgencyStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public LocalDate suspendedUntil() {
        return suspendedUntil;
    }

    public Instant admittedAt() {
        return admittedAt;
    }

    public BigDecimal creditScore() {
        return creditScore;
    }

    public CreditLevel creditLevel() {
        return creditLevel;
    }

    public int ratingCount() {
        return ratingCount;
    }

    public BigDecimal ratingMean() {
        return ratingMean;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Agency agency && id != null && id.equals(agency.id);
    }

    @Override
    public int hashCode() {
        return Agency.class.hashCode();
    }
}
