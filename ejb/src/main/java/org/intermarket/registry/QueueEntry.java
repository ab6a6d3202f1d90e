package org.intermarket.registry;

import java.time.Instant;

/** One application in the supervisors' review queue; the region with its names, as a supervisor reads it. */
public record QueueEntry(Long id, Long agencyId, String agencyName, String regionCode, String regionZh, String regionEn, AdmissionStatus status,
                         Instant submittedAt, RejectReason rejectReason, String reason) {
}
