package org.intermarket.registry;

import java.math.BigDecimal;
import java.time.Instant;
import org.intermarket.credit.CreditLevel;

/** One agency's guide for an item, as the item page compares them side by side. */
public record GuideOffer(Long agencyId, String agencyName, String regionCode, CreditLevel creditLevel, BigDecimal creditScore,
                         int serviceDays, String feeStandard, String conditions, String process, Instant updatedAt) {
}
