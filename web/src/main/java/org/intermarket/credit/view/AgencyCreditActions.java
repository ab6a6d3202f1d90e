package org.intermarket.credit.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.intermarket.credit.BlacklistForm;
import org.intermarket.credit.CreditRecords;
import org.intermarket.credit.RewardForm;
import org.intermarket.credit.Severity;
import org.intermarket.credit.SupervisorRatingForm;
import org.intermarket.credit.ViolationForm;
import org.intermarket.registry.view.AgencyProfilePage;
import org.intermarket.shared.view.Messages;

/** The supervisor's credit forms on agency.xhtml: violation, reward, periodic rating, blacklist and lift. */
@Named
@ViewScoped
public class AgencyCreditActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CreditRecords records;

    @Inject
    private AgencyProfilePage page;

    private Severity severity = Severity.MINOR;
    private String reason;
    private String evidence;
    private Integer points;
    private BigDecimal score;
    private LocalDate until;

    public void violation(Long agencyId) {
        done(Messages.attempt(() -> records.recordViolation(agencyId, new ViolationForm(severity, reason, evidence))), "credit.violationRecorded");
    }

    public void reward(Long agencyId) {
        done(Messages.attempt(() -> records.reward(agencyId, new RewardForm(points, reason))), "credit.rewardGranted");
    }

    public void rate(Long agencyId) {
        done(Messages.attempt(() -> records.rate(agencyId, new SupervisorRatingForm(score, reason))), "credit.supervisorRated");
    }

    public void blacklist(Long agencyId) {
        done(Messages.attempt(() -> records.blacklist(agencyId, new BlacklistForm(until, reason))), "credit.blacklisted");
    }

    public void lift(Long agencyId) {
        done(Messages.attempt(() -> records.lift(agencyId, reason == null ? "" : reason)), "credit.blacklistLifted");
    }

    private void done(boolean succeeded, String message) {
        if (succeeded) {
            Messages.info(message);
            reason = evidence = null;
            points = null;
            score = null;
            until = null;
            page.refresh();
        }
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
