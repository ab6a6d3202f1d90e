package org.intermarket.procurement;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A marked bid's case as the need's page, its API and the notice show it. Public: the limits, the explanation's
 * SHA-256 and the decision with its reason. The explanation itself only for its agency, the need's owner and
 * supervisors ({@code explanation} null for anyone else).
 */
public record LowBidCase(Long id, int round, Long bidId, Long agencyId, String agencyName, BigDecimal price, BigDecimal meanLimit,
                         BigDecimal ceilingLimit, Instant markedAt, Instant explainBy, String explanation, String explanationFileName,
                         String explanationSha256, Instant explainedAt, LowBidDecision decision, String decisionReason, Instant decidedAt,
                         Long overturnedBy, Instant overturnedAt, boolean pending, boolean own) {

    static LowBidCase of(LowBid mark, String agencyName, boolean party, boolean own, Instant now) {
        return new LowBidCase(mark.id(), mark.round().number(), mark.bidId(), mark.agencyId(), agencyName, mark.price(), mark.meanLimit(),
                mark.ceilingLimit(), mark.markedAt(), mark.explainBy(), party ? mark.explanation() : null,
                mark.explanationFile() == null ? null : mark.explanationFile().originalName(), mark.explanationSha256(), mark.explainedAt(),
                mark.decision(), mark.decisionReason(), mark.decidedAt(), mark.overturnedBy(), mark.overturnedAt(), mark.pendingAt(now), own);
    }

    /** Whether the agency may still explain: its time has not passed and nothing has been submitted or decided. */
    public boolean explainable(Instant now) {
        return decision == null && explainedAt == null && now.isBefore(explainBy);
    }

    /** Whether the owner can decide now: explained, not decided. */
    public boolean decidable() {
        return decision == null && explainedAt != null;
    }

    /** Whether the rejection stands, so its agency may object to it. */
    public boolean rejectionStands() {
        return decision == LowBidDecision.REJECTED && overturnedBy == null;
    }
}
