package org.intermarket.delivery;

public enum RectificationStatus {
    OPEN, ANSWERED, CLOSED
}
