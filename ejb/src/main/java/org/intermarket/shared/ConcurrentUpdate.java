package org.intermarket.shared;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.Set;

/**
 * Recognises a failure that means "someone else changed this at the same moment": an optimistic version
 * clash, a lock wait that timed out, a deadlock the database broke. Nothing the caller sent was wrong and
 * nothing was stored; the answer is a 409 (or a page message) asking to reload and try again, never a 500.
 * Hibernate reports some of these with its own types, named here so that no module needs Hibernate's API.
 */
public final class ConcurrentUpdate {

    private static final Set<String> HIBERNATE_TYPES = Set.of(
            "org.hibernate.StaleObjectStateException", "org.hibernate.StaleStateException",
            "org.hibernate.PessimisticLockException", "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.dialect.lock.OptimisticEntityLockException", "org.hibernate.dialect.lock.PessimisticEntityLockException");

    private ConcurrentUpdate() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException || HIBERNATE_TYPES.contains(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}
