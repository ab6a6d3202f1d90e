package org.intermarket.procurement;

import java.time.Instant;

/** One objection as the supervisors' queue and the need's parties see it; {@code lowBidId} names a rejected low bid's case objected to. */
public record ObjectionEntry(Long id, Long needId, String projectName, Long agencyId, String agencyName, String grounds,
                             ObjectionStatus status, Instant createdAt, Instant decidedAt, String decisionReason, Long lowBidId) {
}
