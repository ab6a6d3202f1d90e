package org.intermarket.mail;

import java.time.Instant;

/**
 * How far a need's publication reached by mail: the agencies that were mailed about it (at once or in a digest) and how
 * many of those bid. Read only once bidding has closed, since before that who bid is sealed.
 */
public record NeedReach(Long needId, String itemCode, String projectName, Instant bidDeadline, long reached, long reachedAndBid) {
}
