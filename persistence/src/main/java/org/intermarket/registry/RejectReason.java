package org.intermarket.registry;

/**
 * The grounds on which a supervisor may refuse admission. Deliberately closed: an agency's
 * region or origin is never a ground (零限制、零门槛).
 */
public enum RejectReason {
    INVALID_QUALIFICATION, FALSE_MATERIAL, INCOMPLETE_GUIDE, INCOMPLETE_PROFILE, OTHER
}
