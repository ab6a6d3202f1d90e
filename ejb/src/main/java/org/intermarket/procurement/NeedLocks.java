package org.intermarket.procurement;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.StampedLock;
import javax.sql.DataSource;
import org.intermarket.shared.EmbeddedDatabase;

/**
 * The lock on a need that bids share and that a change of its terms or state (amendment, cancellation, closing, an
 * objection's decision) takes alone, held until the transaction ends: closing waits for every bid in flight, and a bid
 * that comes after a change finds it.
 *
 * <p>On PostgreSQL these are the row's FOR SHARE and FOR UPDATE, which hold across every node of a cluster. H2 has only
 * the exclusive row lock, under which the bids on one need took turns: in a rush they queued behind each other's
 * commits. An H2 database is embedded in one server and never clustered, so there a read-write lock in memory does
 * what FOR SHARE does; the row is then read without a lock by bids and locked exclusively by changes, as before.
 */
@ApplicationScoped
public class NeedLocks {

    /** As long as H2 waits for a row lock (LOCK_TIMEOUT in the datasource's address) before it gives up. */
    private static final long WAIT_SECONDS = 10;
    /** Locks in memory by need id modulo this: bounded memory, and two needs rarely share one. */
    private static final int STRIPES = 4096;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private DataSource dataSource;

    private boolean inMemory;
    private final StampedLock[] stripes = new StampedLock[STRIPES];

    @PostConstruct
    void init() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new StampedLock();
        }
        inMemory = EmbeddedDatabase.isH2(dataSource);
    }

    /** A bid's lock: shared with the other bids on the need, reading the need afresh. */
    public void shared(Need need) {
        if (inMemory) {
            hold(need.id(), false);
            em.refresh(need);
        } else {
            em.refresh(need, LockModeType.PESSIMISTIC_READ);
        }
    }

    /** A change's lock: alone on the need, once the bids in flight have committed; null if there is no such need. */
    public Need exclusive(Long needId) {
        if (inMemory) {
            hold(needId, true);
        }
        return em.find(Need.class, needId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Takes a stripe's lock in this transaction, once, and lets it go when the transaction ends, however it ends. */
    private void hold(Long needId, boolean alone) {
        Map<Integer, Held> held = heldInThisTransaction();
        int stripe = Math.floorMod(needId.hashCode(), STRIPES);
        Held before = held.get(stripe);
        if (before != null && (before.alone() || !alone)) {
            return;
        }
        long stamp;
        if (before != null) {
            // a bid's transaction that goes on to change the need: only if no other bid shares it
            stamp = stripes[stripe].tryConvertToWriteLock(before.stamp());
            if (stamp == 0L) {
                throw new PessimisticLockException("need " + needId + " is shared by bids in flight");
            }
        } else {
            try {
                stamp = alone ? stripes[stripe].tryWriteLock(WAIT_SECONDS, TimeUnit.SECONDS)
                        : stripes[stripe].tryReadLock(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PessimisticLockException("interrupted waiting for need " + needId);
            }
            if (stamp == 0L) {
                throw new PessimisticLockException("need " + needId + " stayed locked for " + WAIT_SECONDS + " s");
            }
        }
        held.put(stripe, new Held(stamp, alone));
    }

    @SuppressWarnings("unchecked")
    private Map<Integer, Held> heldInThisTransaction() {
        Map<Integer, Held> held = (Map<Integer, Held>) transactions.getResource(Held.class);
        if (held == null) {
            Map<Integer, Held> made = new HashMap<>();
            transactions.putResource(Held.class, made);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    // may run on another thread (a timed-out transaction's reaper): a StampedLock belongs to no thread
                    made.forEach((stripe, lock) -> stripes[stripe].unlock(lock.stamp()));
                    made.clear();
                }
            });
            held = made;
        }
        return held;
    }

    private record Held(long stamp, boolean alone) {
    }
}
