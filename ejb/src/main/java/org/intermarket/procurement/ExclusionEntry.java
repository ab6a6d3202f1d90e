package org.intermarket.procurement;

/** An excluded agency on a need, with its name and the stated conflict of interest; public. */
public record ExclusionEntry(Long agencyId, String agencyName, String reason) {
}
