package org.intermarket.delivery;

public enum DeliverableStatus {
    SUBMITTED, ACCEPTED, REJECTED
}
