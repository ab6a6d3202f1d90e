package org.intermarket.opendata;

import java.util.List;

/** One page of releases in the feed's order, and where the next page starts (null on the last page). */
public record FeedPage(List<Ocds.Release> releases, FeedCursor next) {
}
