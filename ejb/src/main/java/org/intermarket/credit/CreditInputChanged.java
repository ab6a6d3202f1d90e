package org.intermarket.credit;

/**
 * Something an agency's credit is made of changed (a rating, a violation, a reward, a supervisor
 * rating). Observed synchronously, in the transaction that made the change, so the score and its
 * history entry commit or roll back with it.
 */
public record CreditInputChanged(Long agencyId, String reason) {
}
