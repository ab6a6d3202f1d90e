package org.intermarket.delivery;

import java.util.List;

/** A contract with the names of its parties, its deliverables and its rating, for its parties and supervisors. */
public record ContractView(Contract contract, String projectName, String itemCode, String ownerName, String agencyName,
                           List<Deliverable> deliverables, Rating rating, Rectification rectification) {
}
