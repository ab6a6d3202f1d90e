package org.intermarket.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A supervisor's periodic rating of an agency, 0 to 100; the latest one within 365 days counts. */
@Entity
@Table(name = "supervisor_rating")
public class SupervisorRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal score;

    @Column(nullable = false)
    private String comment;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected SupervisorRating() {
    }

    public SupervisorRating(Long agencyId, BigDecimal score, String comment, Instant now, String recordedBy) {
        this.agencyId = Objects.requireNonNull(agencyId);
        this.score = Objects.requireNonNull(score);
        this.comment = Objects.requireNonNull(comment);
        this.recordedAt = Objects.requireNonNull(now);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public Long id() {
        return id;
    }

    public Long agencyId() {
        return agencyId;
    }

    public BigDecimal score() {
        return score;
    }

    public String comment() {
        return comment;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
