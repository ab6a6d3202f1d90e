package org.intermarket.procurement;

public enum ObjectionStatus {
    PENDING, UPHELD, DISMISSED
}
