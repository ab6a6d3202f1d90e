package org.intermarket.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A supervisor looked at a signal and wrote down what they found. Written once, never changed. */
@Entity
@Table(name = "signal_review")
public class SignalReview {

    public static final int MAX_COMMENT = 2000;

    @Id
    @Column(name = "signal_key")
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignalKind kind;

    @Column(name = "review_comment", nullable = false)
    private String comment;

    @Column(name = "reviewed_by", nullable = false)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected SignalReview() {
    }

    public SignalReview(SignalKey key, String comment, String reviewedBy, Instant reviewedAt) {
        this(key.toString(), key.kind(), comment, reviewedBy, reviewedAt);
    }

    /** A review of a signal of any kind under its stable key (a signal of undue influence has a key of its own shape). */
    public SignalReview(String key, SignalKind kind, String comment, String reviewedBy, Instant reviewedAt) {
        if (key == null || key.isBlank() || key.length() > 128) {
            throw new IllegalArgumentException("a signal key is 1 to 128 characters");
        }
        this.key = key;
        this.kind = Objects.requireNonNull(kind);
        this.comment = Objects.requireNonNull(comment);
        if (comment.isBlank() || comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("a review comment is 1 to " + MAX_COMMENT + " characters");
        }
        this.reviewedBy = Objects.requireNonNull(reviewedBy);
        this.reviewedAt = Objects.requireNonNull(reviewedAt);
    }

    public String key() {
        return key;
    }

    public SignalKind kind() {
        return kind;
    }

    public String comment() {
        return comment;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}
