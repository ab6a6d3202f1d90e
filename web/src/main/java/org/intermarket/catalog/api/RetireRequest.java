package org.intermarket.catalog.api;

/** Optional body of a retirement: why the item leaves the list. */
public record RetireRequest(String reason) {
}
