package org.intermarket.registry;

import java.time.Instant;

/** One application in the supervisors' review queue. */
public record QueueEntry(Long id, Long agencyId, String agencyName, String regionCode, AdmissionStatus status,
                         Instant submittedAt, RejectReason rejectReason, String reason) {
}
