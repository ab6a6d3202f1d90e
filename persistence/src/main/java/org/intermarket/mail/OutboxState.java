package org.intermarket.mail;

/** Where a mail of the outbox stands. */
public enum OutboxState {
    /** Waiting for its next attempt (never tried, or tried and failed: then it carries the last error). */
    PENDING,
    /** Claimed by one node's worker until its claim runs out; a worker that dies leaves it to be claimed again then. */
    SENDING,
    /** Accepted by the SMTP server. Final. */
    SENT
}
