package org.intermarket.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.intermarket.audit.AuditTrail;
import org.intermarket.shared.Caller;
import org.intermarket.shared.ConflictException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.Roles;
import org.intermarket.shared.StoredText;
import org.intermarket.supervision.Signal.Review;

/**
 * The supervisors' reviews of signals of every kind, kept under the signal's key: one review per signal, written
 * once, and appended to the audit chain under the key (not on a need or an agency, whose histories are public).
 * The caller has found the signal in its office's jurisdiction before it asks to record a review.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class SignalReviews {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The comment of a review, stripped: required, at most {@link SignalReview#MAX_COMMENT} characters (400 otherwise). */
    static String comment(String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("comment", "a comment on what the review found is required");
        }
        if (text.length() > SignalReview.MAX_COMMENT) {
            throw new InvalidInputException("comment", "the comment may be at most " + SignalReview.MAX_COMMENT + " characters");
        }
        return text;
    }

    /**
     * Records the caller's review of the signal under {@code key}, which {@code earlier} says was not reviewed when it
     * was read (409 if it was, or if another supervisor's review lands first).
     *
     * @param summary what the audit entry says the signal was when reviewed
     */
    public Review record(String key, SignalKind kind, Review earlier, String comment, String summary) {
        if (earlier != null) {
            throw new ConflictException("supervision.already-reviewed", "signal " + key + " was reviewed already by "
                    + earlier.reviewedBy() + " at " + earlier.reviewedAt());
        }
        SignalReview review = new SignalReview(key, kind, comment, caller.name(), clock.instant());
        try {
            em.persist(review);
            em.flush();
        } catch (PersistenceException concurrent) {
            throw new ConflictException("supervision.already-reviewed", "signal " + key + " was reviewed a moment ago by someone else");
        }
        audit.record("SIGNAL_REVIEWED", "Signal", key, StoredText.facts("kind", kind, "summary", summary, "comment", comment));
        return new Review(review.comment(), review.reviewedBy(), review.reviewedAt());
    }

    /** The reviews of these signals, by key; one statement. */
    public Map<String, Review> of(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r FROM SignalReview r WHERE r.key IN :keys", SignalReview.class).setParameter("keys", keys)
                .getResultStream().collect(Collectors.toMap(SignalReview::key, r -> new Review(r.comment(), r.reviewedBy(), r.reviewedAt())));
    }
}
