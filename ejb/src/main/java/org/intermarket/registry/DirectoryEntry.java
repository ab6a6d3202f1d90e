package org.intermarket.registry;

import java.math.BigDecimal;
import java.util.List;
import org.intermarket.credit.CreditLevel;

/** One agency as the public directory lists it. */
public record DirectoryEntry(Long id, String name, String regionCode, String regionZh, String regionEn, AgencyStatus status,
                             BigDecimal creditScore, CreditLevel creditLevel, BigDecimal ratingMean, int ratingCount,
                             List<String> itemCodes) {

    /** The row as one query reads it; the items come from a second query for the whole page. */
    public record Row(Long id, String name, String regionCode, String regionZh, String regionEn, AgencyStatus status,
                      BigDecimal creditScore, CreditLevel creditLevel, BigDecimal ratingMean, int ratingCount) {

        DirectoryEntry with(List<String> itemCodes) {
            return new DirectoryEntry(id, name, regionCode, regionZh, regionEn, status, creditScore, creditLevel, ratingMean,
                    ratingCount, itemCodes);
        }
    }
}
