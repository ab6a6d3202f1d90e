package org.intermarket.supervision;

/**
 * Which signals to list; every part may be null for "any".
 *
 * @param reviewed true for reviewed signals only, false for those still to review
 * @param needId signals about this need (a pair of agencies: when the need is one they bid on together)
 * @param agencyId signals naming this agency
 */
public record SignalQuery(SignalKind kind, Boolean reviewed, Long needId, Long agencyId) {

    public static final SignalQuery ALL = new SignalQuery(null, null, null, null);
}
