package org.intermarket.audit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs the sequencer every second on every node; the lease decides which node's run does the work. Not a persistent
 * timer: each node has its own, and one that is missed costs a second. A run that fails (another node took the
 * lease at that moment, the database was busy) is tried again a second later.
 */
@Singleton
@Startup
// Starts after and stops before the beans its timeouts call, so that none finds them stopped (WildFly orders any EJB).
// After the demo data too: its loader holds the sequencer's row for the whole load, each tick meanwhile a warning.
@DependsOn({"SchemaMigrator", "DemoDataLoader", "LogSequencer"})
public class LogSequencerTimer {

    private static final Logger LOG = Logger.getLogger(LogSequencerTimer.class.getName());

    @EJB
    private LogSequencer sequencer;

    @Resource
    private DataSource dataSource;

    /**
     * Gives the lease up at a clean shutdown or undeployment, so that the next holder (a redeployment is another one)
     * need not wait for it to run out; a node that dies gives nothing up, and its lease runs out in LogSequencer.LEASE.
     * Plain JDBC, which needs nothing but the data source at this point of a shutdown.
     */
    @PreDestroy
    void stop() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement release = connection.prepareStatement("UPDATE audit_sequencer SET lease_until = ? WHERE id = 1 AND holder = ?")) {
            release.setTimestamp(1, Timestamp.from(Instant.EPOCH));
            release.setString(2, LogSequencer.ME);
            release.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.INFO, "could not give the sequencer's lease up; it runs out by itself", e);
        }
    }

    /**
     * Outside a transaction of its own: each batch commits in its own (LogSequencer.sequence), and a backlog of a
     * million entries takes minutes, longer than any transaction may last (it used to time out and roll back, after
     * every batch had committed anyway).
     */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "transparency log sequencer")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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
