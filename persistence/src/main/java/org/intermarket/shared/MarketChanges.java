package org.intermarket.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A count of the changes this server has committed to the market's data, for caches of what was read from it: an
 * answer kept while the count was {@code n} is out of date as soon as it is not {@code n} any more.
 *
 * <p>Every entity is watched (this class is the persistence unit's default entity listener, {@code META-INF/orm.xml}),
 * so a cache need not know which tables a page reads; the count moves once per committed transaction that wrote
 * anything, after the commit, so a reader never caches the state before a change under the count after it. A
 * rolled-back transaction does not move it. The transparency log's own rows (entries, nodes, tree heads) are not
 * watched: the sequencer places entries every second while the market is busy, which would end every kept answer
 * as often, and no kept answer shows where an entry was placed (the log's endpoints are not kept); an entry itself is
 * written in the transaction of the change it records, which is counted. Nor are the mail outbox and digest queue, which the mail
 * worker writes every second while mail goes out and no public answer shows. Bulk JPQL and native statements bypass entity listeners; the only ones
 * in the application write sign-in counters, tokens, inbox flags, draft exclusions and the log sequencer's lease,
 * none of which a public answer shows. Changes committed by another node of a cluster are not counted here: a cache
 * that relies on this count still bounds its answers' age by time.
 */
public class MarketChanges {

    private static final AtomicLong COMMITTED = new AtomicLong();
    private static final Object KEY = new Object();
    private static volatile TransactionSynchronizationRegistry registry;

    /** The number of changing transactions this server has committed since it started. */
    public static long committed() {
        return COMMITTED.get();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            COMMITTED.incrementAndGet();
            return;
        }
        if (transactions.getResource(KEY) != null) {
            return;
        }
        try {
            transactions.registerInterposedSynchronization(new CountOnCommit());
            transactions.putResource(KEY, Boolean.TRUE);
        } catch (IllegalStateException tooLateToJoin) {
            // Counting before the commit lets a reader keep the old state under the new count, for as long as its
            // cache keeps anything; never counting would let it keep the old state for good.
            COMMITTED.incrementAndGet();
        }
    }

    private static final class CountOnCommit implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                COMMITTED.incrementAndGet();
            }
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry found = registry;
        if (found == null) {
            try {
                found = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
                registry = found;
            } catch (NamingException outsideTheServer) {
                return null;
            }
        }
        return found;
    }
}
