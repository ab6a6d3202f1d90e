package org.intermarket.credit;

import java.math.BigDecimal;

/** A row of the public rankings: an admitted agency with its credit and rating figures. */
public record RankedAgency(Long agencyId, String name, String regionCode, String regionZh, String regionEn, BigDecimal creditScore,
                           CreditLevel creditLevel, BigDecimal ratingMean, int ratingCount, boolean redListed) {
}
