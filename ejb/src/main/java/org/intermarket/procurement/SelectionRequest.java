package org.intermarket.procurement;

import java.math.BigDecimal;
import java.util.Map;

/** What the owner adds when running the selection: the chosen bid for DIRECT, plan scores (0-100) for COMPREHENSIVE_SCORE. */
public record SelectionRequest(Long bidId, Map<Long, BigDecimal> planScores) {
}
