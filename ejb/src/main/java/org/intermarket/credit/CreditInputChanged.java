package org.intermarket.credit;

import org.intermarket.shared.StoredText;

/**
 * Something an agency's credit is made of changed (a rating, a violation, a reward, a supervisor
 * rating). Observed synchronously, in the transaction that made the change, so the score and its
 * history entry commit or roll back with it. The reason is kept as a code and facts, shown in each reader's language.
 */
public record CreditInputChanged(Long agencyId, StoredText reason) {
}
