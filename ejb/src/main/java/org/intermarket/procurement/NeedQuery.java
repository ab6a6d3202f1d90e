package org.intermarket.procurement;

import java.math.BigDecimal;
import java.time.Instant;

/** Filters of the public list of needs; any may be null. Region matches the owner's region (prefix for province or city). */
public record NeedQuery(NeedStatus status, String itemCode, String region, BigDecimal maxCeiling, Instant deadlineBefore) {
}
