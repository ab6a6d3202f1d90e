package org.intermarket.catalog;

/** How the fee of a service item is set: by the market, or by a government price list. */
public enum FeeBasis {
    MARKET, GOVERNMENT
}
