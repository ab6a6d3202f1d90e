package org.intermarket.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A violation on an agency's record (失信行为); it costs credit points for 365 days. */
@Entity
@Table(name = "violation")
public class Violation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ViolationSource source;

    @Column(name = "contract_id")
    private Long contractId;

    @Column(nullable = false)
    private String reason;

    private String evidence;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Violation() {
    }

    public Violation(Long agencyId, Severity severity, ViolationSource source, Long contractId, String reason, String evidence,
                     Instant now, String recordedBy) {
        this.agencyId = Objects.requireNonNull(agencyId);
        this.severity = Objects.requireNonNull(severity);
        this.source = Objects.requireNonNull(source);
        this.contractId = contractId;
        this.reason = Objects.requireNonNull(reason);
        this.evidence = evidence;
        this.recordedAt = Objects.requireNonNull(now);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public Long id() {
        return id;
    }

    public Long agencyId() {
        return agencyId;
    }

    public Severity severity() {
        return severity;
    }

    public ViolationSource source() {
        return source;
    }

    public Long contractId() {
        return contractId;
    }

    public String reason() {
        return reason;
    }

    public String evidence() {
        return evidence;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
