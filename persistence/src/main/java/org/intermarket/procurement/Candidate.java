package org.intermarket.procurement;

import java.math.BigDecimal;
import java.time.Instant;

/** A valid bid as selection sees it: its price, the bidder's credit, when it first came in, the owner's plan score. */
public record Candidate(Long bidId, Long agencyId, BigDecimal price, BigDecimal creditScore, Instant firstSubmittedAt,
                        BigDecimal planScore) {
}
