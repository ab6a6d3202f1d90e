package org.intermarket.audit;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the sequencer every second on every node; the lease decides which node's run does the work. Not a persistent
 * timer: each node has its own, and one that is missed costs a second. A run that fails (another node took the
 * lease at that moment, the database was busy) is tried again a second later.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class LogSequencerTimer {

    private static final Logger LOG = Logger.getLogger(LogSequencerTimer.class.getName());

    @EJB
    private LogSequencer sequencer;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "transparency log sequencer")
    void tick() {
        try {
            while (sequencer.sequence() == LogSequencer.BATCH) {
                // a full batch: more are waiting
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "sequencer run failed; trying again in a second", e);
        }
    }
}
