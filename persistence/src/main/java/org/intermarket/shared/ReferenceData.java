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

    /**
     * Hibernate's hint naming the tables a native statement writes ({@code HibernateHints.HINT_NATIVE_SPACES}). Every native
     * UPDATE or DELETE must carry it: Hibernate cannot read SQL, and without it drops every kept entity and query result
     * after the statement, which the sequencer's lease (once a second) turned into a cluster-wide clear of the whole
     * second-level cache each second, and a clear waits for every node, a dead one too, until it is suspected.
     */
    public static final String WRITES = "org.hibernate.query.native.spaces";

    private ReferenceData() {
    }
}
