package org.intermarket.procurement;

/** Why an award fell: an objection was upheld against it, or its winner declined or never confirmed the contract. */
public enum AwardEnding {
    ANNULLED_BY_OBJECTION,
    CONTRACT_LAPSED
}
