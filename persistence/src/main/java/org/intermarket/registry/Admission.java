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
import java.util.Objects;

/** One application for admission and its decision. An agency may apply again after a rejection. */
@Entity
@Table(name = "admission")
public class Admission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdmissionStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason")
    private RejectReason rejectReason;

    @Column(name = "reason_text")
    private String reasonText;

    protected Admission() {
    }

    public Admission(Agency agency, String submittedBy, Instant submittedAt) {
        this.agency = Objects.requireNonNull(agency);
        this.submittedBy = Objects.requireNonNull(submittedBy);
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.status = AdmissionStatus.PENDING;
    }

    public void approve(String supervisor, Instant now) {
        agency.approve(now);
        decide(AdmissionStatus.APPROVED, supervisor, now);
    }

    public void reject(RejectReason reason, String text, String supervisor, Instant now) {
        agency.reject(describe(reason, text));
        rejectReason = Objects.requireNonNull(reason);
        reasonText = text;
        decide(AdmissionStatus.REJECTED, supervisor, now);
    }

    private void decide(AdmissionStatus outcome, String supervisor, Instant now) {
        status = outcome;
        decidedBy = supervisor;
        decidedAt = now;
    }

    private static String describe(RejectReason reason, String text) {
        return text == null || text.isBlank() ? reason.name() : reason.name() + ": " + text;
    }

    public Long id() {
        return id;
    }

    public Agency agency() {
        return agency;
    }

    public AdmissionStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public RejectReason rejectReason() {
        return rejectReason;
    }

    public String reasonText() {
        return reasonText;
    }
}
