package org.intermarket.procurement;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What an owner asks for: everything of a need that the owner sets, checked by the service
 * before it reaches a {@link Need}.
 */
public record NeedTerms(String itemCode, String scope, int serviceDays, BigDecimal ceilingPrice, String qualificationRequired,
                        SelectionMethod method, Weights weights, Instant bidDeadline, String contact) {

    public NeedTerms withContact(String fallback) {
        return contact != null ? this : new NeedTerms(itemCode, scope, serviceDays, ceilingPrice, qualificationRequired, method, weights,
                bidDeadline, fallback);
    }

    /** Comprehensive scoring weights, in percent, summing to 100; null for the other methods. */
    public record Weights(int price, int credit, int plan) {

        public boolean complete() {
            return price >= 0 && credit >= 0 && plan >= 0 && price + credit + plan == 100;
        }
    }
}
