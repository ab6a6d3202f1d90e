package org.intermarket.delivery;

import java.time.Instant;

/** A rating as the public sees it: the item and the scores, never the owner who gave it. */
public record PublicRating(Long id, String itemCode, int quality, int timeliness, int attitude, int fee, String comment,
                           boolean defaultRating, Instant ratedAt) {
}
