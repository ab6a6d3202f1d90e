package org.intermarket.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.intermarket.shared.ConflictException;

/** A blacklisting (黑名单) from one day through its end date, by a supervisor or by a SERIOUS violation. */
@Entity
@Table(name = "blacklisting")
public class Blacklisting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private String reason;

    @Column(name = "violation_id")
    private Long violationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by")
    private String liftedBy;

    @Column(name = "lift_reason")
    private String liftReason;

    protected Blacklisting() {
    }

    public Blacklisting(Long agencyId, LocalDate startsOn, LocalDate endsOn, String reason, Long violationId, Instant now, String createdBy) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a blacklisting ends on or after the day it starts");
        }
        this.agencyId = Objects.requireNonNull(agencyId);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.reason = Objects.requireNonNull(reason);
        this.violationId = violationId;
        this.createdAt = Objects.requireNonNull(now);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    public void lift(String reason, String supervisor, Instant now) {
        if (liftedAt != null) {
            throw new ConflictException("credit.already-lifted", "blacklisting " + id + " was already lifted");
        }
        liftReason = Objects.requireNonNull(reason);
        liftedBy = supervisor;
        liftedAt = now;
    }

    public boolean inForceOn(LocalDate day) {
        return liftedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long id() {
        return id;
    }

    public Long agencyId() {
        return agencyId;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String reason() {
        return reason;
    }

    public Long violationId() {
        return violationId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant liftedAt() {
        return liftedAt;
    }

    public String liftReason() {
        return liftReason;
    }
}
