package org.intermarket.catalog;

/** A RETIRED item takes no new needs but keeps its history. */
public enum ItemStatus {
    ACTIVE, RETIRED
}
