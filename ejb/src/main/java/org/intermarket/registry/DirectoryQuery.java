package org.intermarket.registry;

import org.intermarket.credit.CreditLevel;

/**
 * Filters of the public agency directory; any may be null. A region code that ends in 0000 or
 * 00 stands for its whole province or city.
 */
public record DirectoryQuery(String text, String itemCode, String region, CreditLevel level, AgencyStatus status) {
}
