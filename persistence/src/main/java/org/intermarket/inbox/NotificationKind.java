package org.intermarket.inbox;

/** What a notification is about; each kind has a message {@code inbox.<KIND>} in the bundles. */
public enum NotificationKind {
    ADMISSION_APPROVED,
    ADMISSION_REJECTED,
    AGENCY_SUSPENDED,
    SUSPENSION_LIFTED,
    AGENCY_EXPELLED,
    ORGANISATION_DISABLED,
    QUALIFICATION_EXPIRING,
    QUALIFICATION_EXPIRED,
    NEED_PUBLISHED,
    NEED_CANCELLED,
    BIDDING_CLOSED,
    NEED_FAILED,
    BID_WON,
    BID_LOST,
    OBJECTION_FILED,
    OBJECTION_UPHELD,
    OBJECTION_DISMISSED,
    NEED_AMENDED
}
