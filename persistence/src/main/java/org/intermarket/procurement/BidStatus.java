package org.intermarket.procurement;

public enum BidStatus {
    LIVE, WITHDRAWN
}
