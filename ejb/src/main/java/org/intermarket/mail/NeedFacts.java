package org.intermarket.mail;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a mail may say about a need: only what its public page shows before the deadline (project, item, the owner's
 * region, ceiling, deadline, link), never anything sealed (no bid, count, price or bidder), so no mail can leak one.
 */
public record NeedFacts(Long needId, String project, String itemCode, String itemZh, String itemEn, String regionZh, String regionEn,
                        BigDecimal ceiling, Instant deadline, String link) {
}
