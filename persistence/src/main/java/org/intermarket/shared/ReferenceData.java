package org.intermarket.shared;

/**
 * Reference data (the catalog, the regions, the settings) is read on nearly every page and every bid and changes a
 * few times a year. Its entities are {@code @Cacheable} in the persistence unit's second-level cache, and the queries
 * that list it carry {@link #CACHED}: a read is answered from memory until a change commits, which ends the kept
 * entity and every kept result over its table at once, on this node and (invalidation-clustered, in the PostgreSQL
 * build) on every other node before the change's transaction completes.
 */
public final class ReferenceData {

    /** Hibernate's query hint that keeps a query's result in the query cache (the name {@code HibernateHints} gives it). */
    public static final String CACHED = "org.hibernate.cacheable";

    private ReferenceData() {
    }
}
