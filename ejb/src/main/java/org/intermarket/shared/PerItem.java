package org.intermarket.shared;

import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The loop of a job that works through many items, one transaction each. The job reads the ids outside any
 * transaction and hands each one to a call that runs in a transaction of its own (a {@code REQUIRES_NEW} business
 * method reached through a bean's proxy, never {@code this}): one item that fails rolls back only itself, no row
 * stays locked for the whole run, and a long night is no longer capped by the transaction timeout. A failing item
 * is logged with its id and cause and skipped; the others go on, and the next run tries it again, which is safe
 * because every such call first checks, under its row lock, that the item still needs the work.
 */
public final class PerItem {

    private static final Logger LOG = Logger.getLogger(PerItem.class.getName());

    private PerItem() {
    }

    /**
     * Calls {@code work} once per id, in order. The call answers true when it did the item's work, false when there
     * was nothing left to do (another node or an earlier run got there first); a runtime exception counts the item
     * as failed. Logs one line for the run (below INFO when there was nothing to do).
     */
    public static <I> Tally run(String job, List<I> ids, Predicate<I> work) {
        int done = 0;
        int failed = 0;
        for (I id : ids) {
            try {
                if (work.test(id)) {
                    done++;
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, e, () -> job + ": item " + id + " failed and was skipped, the next run tries it again: " + cause(e));
            }
        }
        Tally tally = new Tally(job, ids.size(), done, failed);
        // A run with nothing to do is routine at every start-up and most nights: kept out of the log unless asked for.
        LOG.log(failed > 0 ? Level.WARNING : ids.isEmpty() ? Level.FINE : Level.INFO, tally::toString);
        return tally;
    }

    /**
     * The innermost message: the container wraps what a business method threw (an {@code EJBException}, a rolled
     * back transaction), and the wrapper's own text says nothing about the row.
     */
    static String cause(Throwable thrown) {
        Throwable innermost = thrown;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return innermost.getClass().getSimpleName() + (innermost.getMessage() == null ? "" : ": " + innermost.getMessage());
    }

    /** What one run did: of {@code total} items, {@code done} were worked, {@code failed} threw, the rest needed nothing. */
    public record Tally(String job, int total, int done, int failed) {

        public int unchanged() {
            return total - done - failed;
        }

        @Override
        public String toString() {
            return job + ": " + done + " done, " + failed + " failed, " + unchanged() + " unchanged of " + total;
        }
    }
}
