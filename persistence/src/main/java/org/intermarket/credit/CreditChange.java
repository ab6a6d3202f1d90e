package org.intermarket.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.intermarket.credit.CreditFormula.CreditScore;
import org.intermarket.shared.StoredText;

/** One change of an agency's score or level, with the terms behind the new score and the reason. Public. */
@Entity
@Table(name = "credit_change")
public class CreditChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "score_before", nullable = false)
    private BigDecimal scoreBefore;

    @Column(name = "score_after", nullable = false)
    private BigDecimal scoreAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_before", nullable = false)
    private CreditLevel levelBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_after", nullable = false)
    private CreditLevel levelAfter;

    @Column(name = "owner_term", nullable = false)
    private BigDecimal ownerTerm;

    @Column(name = "supervisor_term", nullable = false)
    private BigDecimal supervisorTerm;

    @Column(name = "reward_points", nullable = false)
    private int rewardPoints;

    @Column(name = "violation_points", nullable = false)
    private int violationPoints;

    @Column(nullable = false)
    private String reason;

    protected CreditChange() {
    }

    public CreditChange(Long agencyId, BigDecimal scoreBefore, CreditLevel levelBefore, CreditScore after, StoredText reason, Instant now) {
        this.agencyId = Objects.requireNonNull(agencyId);
        this.scoreBefore = Objects.requireNonNull(scoreBefore);
        this.levelBefore = Objects.requireNonNull(levelBefore);
        this.scoreAfter = after.score();
        this.levelAfter = after.level();
        this.ownerTerm = after.ownerTerm();
        this.supervisorTerm = after.supervisorTerm();
        this.rewardPoints = after.rewardPoints();
        this.violationPoints = after.violationPoints();
        this.reason = reason.encode();
        this.changedAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public Long agencyId() {
        return agencyId;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public BigDecimal scoreBefore() {
        return scoreBefore;
    }

    public BigDecimal scoreAfter() {
        return scoreAfter;
    }

    public BigDecimal delta() {
        return scoreAfter.subtract(scoreBefore);
    }

    public CreditLevel levelBefore() {
        return levelBefore;
    }

    public CreditLevel levelAfter() {
        return levelAfter;
    }

    public BigDecimal ownerTerm() {
        return ownerTerm;
    }

    public BigDecimal supervisorTerm() {
        return supervisorTerm;
    }

    public int rewardPoints() {
        return rewardPoints;
    }

    public int violationPoints() {
        return violationPoints;
    }

    public String reason() {
        return reason;
    }
}
