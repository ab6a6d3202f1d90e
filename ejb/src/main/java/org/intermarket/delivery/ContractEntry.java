package org.intermarket.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of a contract list, read in one query with the names it shows. */
public record ContractEntry(Long id, Long needId, String projectName, String itemCode, String ownerName, String agencyName, BigDecimal price,
                            ContractStatus status, Instant signedAt, LocalDate dueDate, LocalDate overdueSince) {
}
