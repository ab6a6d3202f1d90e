package org.intermarket.delivery;

import java.time.Instant;

/** A row of the rectification queue: the case, the rating behind it and the agency's name. */
public record RectificationEntry(Long id, Long ratingId, Long contractId, Long agencyId, String agencyName, RectificationStatus status,
                                 Instant openedAt, Instant answerDue, String answer, Rating.Scores scores, String ratingComment) {

    /** Still waiting for the agency's answer after its due time: what the supervisors' badge counts. */
    public boolean unansweredAt(Instant now) {
        return status == RectificationStatus.OPEN && now.isAfter(answerDue);
    }
}
