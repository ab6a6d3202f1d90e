package org.intermarket.statistics;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row behind a figure: the need, its project, owner and region, and the moment that counted it
 * (publication, signature, day overdue, rectification opened), with the contract price where there is one.
 */
public record NeedBehindFigure(long needId, String itemCode, String projectName, String ownerName, String regionCode, String status,
                               Instant publishedAt, BigDecimal ceilingPrice, Instant countedAt, BigDecimal contractPrice) {
}
