package org.intermarket.registry;

/** VALID until the daily sweep sees the end of its validity and marks it EXPIRED. */
public enum QualificationStatus {
    VALID, EXPIRED
}
