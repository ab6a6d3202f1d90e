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
    NEED_AMENDED,
    CONTRACT_SIGNED,
    CONTRACT_CONFIRMED,
    CONTRACT_LAPSED,
    DELIVERABLE_SUBMITTED,
    DELIVERY_ACCEPTED,
    DELIVERY_REJECTED,
    CONTRACT_OVERDUE,
    AGENCY_RATED,
    RECTIFICATION_OPENED,
    RECTIFICATION_ANSWERED,
    RECTIFICATION_CLOSED,
    VIOLATION_RECORDED,
    REWARD_GRANTED,
    SUPERVISOR_RATED,
    BLACKLISTED,
    BLACKLIST_LIFTED,
    /** The agency's bid was marked abnormally low at the close: explain it in writing, or withdraw it. */
    BID_MARKED_LOW,
    /** To the owner: a marked agency explained its price; accept or reject the explanation. */
    LOW_BID_EXPLAINED,
    /** To the agency: the owner accepted its explanation, with the reason. */
    LOW_BID_ACCEPTED,
    /** To the agency: the owner rejected its explanation, with the reason; the bid is out of the round's selection. */
    LOW_BID_REJECTED
}
