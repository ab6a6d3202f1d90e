package org.intermarket.opendata;

import java.time.Instant;

/** How much the feed holds: releases, contracting processes (published needs) and the date of the latest release. */
public record FeedSummary(long releases, long processes, Instant latest) {
}
