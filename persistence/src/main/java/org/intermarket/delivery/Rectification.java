package org.intermarket.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.intermarket.shared.ConflictException;

/** 评价-整改-回访: a bad rating's rectification, answered by the agency and closed by a supervisor. */
@Entity
@Table(name = "rectification")
public class Rectification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rating_id")
    private Rating rating;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RectificationStatus status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "answer_due", nullable = false)
    private Instant answerDue;

    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closing_note")
    private String closingNote;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Rectification() {
    }

    public Rectification(Rating rating, Instant now, Instant answerDue) {
        this.rating = Objects.requireNonNull(rating);
        this.agencyId = rating.agencyId();
        this.openedAt = Objects.requireNonNull(now);
        this.answerDue = Objects.requireNonNull(answerDue);
        this.status = RectificationStatus.OPEN;
    }

    /** The agency's answer; it may answer again until a supervisor closes the case. */
    public void answer(String text, Instant now) {
        if (status == RectificationStatus.CLOSED) {
            throw new ConflictException("delivery.rectification-closed", "rectification " + id + " is closed");
        }
        answer = Objects.requireNonNull(text);
        answeredAt = now;
        status = RectificationStatus.ANSWERED;
    }

    public void close(String note, String supervisor, Instant now) {
        if (status == RectificationStatus.CLOSED) {
            throw new ConflictException("delivery.rectification-closed", "rectification " + id + " is already closed");
        }
        closingNote = Objects.requireNonNull(note);
        closedBy = supervisor;
        closedAt = now;
        status = RectificationStatus.CLOSED;
    }

    public Long id() {
        return id;
    }

    public Rating rating() {
        return rating;
    }

    public Long agencyId() {
        return agencyId;
    }

    public RectificationStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant answerDue() {
        return answerDue;
    }

    public String answer() {
        return answer;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String closingNote() {
        return closingNote;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }
}
