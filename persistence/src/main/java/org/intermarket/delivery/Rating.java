package org.intermarket.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.IntStream;

/** The owner's rating of an accepted contract (评价): four dimensions from 1 to 5, public without the owner's name. */
@Entity
@Table(name = "rating")
public class Rating {

    /** Recorded in each dimension when the owner lets the rating period pass. */
    public static final int DEFAULT_SCORE = 4;

    /** A dimension at or below this opens a rectification. */
    public static final int BAD_AT_MOST = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(nullable = false)
    private int quality;

    @Column(nullable = false)
    private int timeliness;

    @Column(nullable = false)
    private int attitude;

    @Column(nullable = false)
    private int fee;

    private String comment;

    @Column(name = "default_rating", nullable = false)
    private boolean defaultRating;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected Rating() {
    }

    public Rating(Contract contract, Scores scores, String comment, boolean defaultRating, Instant now) {
        this.contract = Objects.requireNonNull(contract);
        this.agencyId = contract.agencyId();
        this.quality = scores.quality();
        this.timeliness = scores.timeliness();
        this.attitude = scores.attitude();
        this.fee = scores.fee();
        this.comment = comment;
        this.defaultRating = defaultRating;
        this.ratedAt = Objects.requireNonNull(now);
    }

    public static Rating byDefault(Contract contract, Instant now) {
        int d = DEFAULT_SCORE;
        return new Rating(contract, new Scores(d, d, d, d), null, true, now);
    }

    public boolean bad() {
        return IntStream.of(quality, timeliness, attitude, fee).anyMatch(score -> score <= BAD_AT_MOST);
    }

    public Long id() {
        return id;
    }

    public Contract contract() {
        return contract;
    }

    public Long agencyId() {
        return agencyId;
    }

    public Scores scores() {
        return new Scores(quality, timeliness, attitude, fee);
    }

    public String comment() {
        return comment;
    }

    public boolean defaultRating() {
        return defaultRating;
    }

    public Instant ratedAt() {
        return ratedAt;
    }

    /** The four dimensions, each 1 to 5. */
    public record Scores(int quality, int timeliness, int attitude, int fee) {

        public Scores {
            for (int score : new int[] {quality, timeliness, attitude, fee}) {
                if (score < 1 || score > 5) {
                    throw new IllegalArgumentException("a rating dimension is 1 to 5, not " + score);
                }
            }
        }

        public int sum() {
            return quality + timeliness + attitude + fee;
        }
    }
}
