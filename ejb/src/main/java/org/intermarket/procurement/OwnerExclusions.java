package org.intermarket.procurement;

/** How often an owner excludes agencies: for supervisors watching for abuse of avoidance. */
public record OwnerExclusions(Long ownerId, String ownerName, long needs, long exclusions) {
}
