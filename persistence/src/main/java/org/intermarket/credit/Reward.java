package org.intermarket.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A supervisor's reward (表彰), 1 to 5 points; together they count for at most 5 in 365 days. */
@Entity
@Table(name = "reward")
public class Reward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(nullable = false)
    private int points;

    @Column(nullable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Reward() {
    }

    public Reward(Long agencyId, int points, String reason, Instant now, String recordedBy) {
        if (points < 1 || points > 5) {
            throw new IllegalArgumentException("a reward is 1 to 5 points");
        }
        this.agencyId = Objects.requireNonNull(agencyId);
        this.points = points;
        this.reason = Objects.requireNonNull(reason);
        this.recordedAt = Objects.requireNonNull(now);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public Long id() {
        return id;
    }

    public Long agencyId() {
        return agencyId;
    }

    public int points() {
        return points;
    }

    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
