package org.intermarket.registry;

/**
 * Where an agency stands in the market. REGISTERED covers both "never applied" and "rejected,
 * may correct and re-apply"; the admission history tells which.
 */
public enum AgencyStatus {
    REGISTERED, PENDING, ACTIVE, SUSPENDED, EXPELLED;

    /** Admitted once and not expelled: listed in the public directory. */
    public boolean admitted() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
