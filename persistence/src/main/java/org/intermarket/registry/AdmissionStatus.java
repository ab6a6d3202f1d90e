package org.intermarket.registry;

public enum AdmissionStatus {
    PENDING, APPROVED, REJECTED
}
