package org.intermarket.registry;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Runs the registry sweep every night. The timer is persistent (kept in the database): a run
 * missed while the server was down fires once at start-up, and a cluster fires it on one node.
 */
@Singleton
@Startup
public class DailyRegistryTimer {

    private static final Logger LOG = Logger.getLogger(DailyRegistryTimer.class.getName());

    @Inject
    private RegistrySweep sweep;

    @Schedule(hour = "1", minute = "15", persistent = true, info = "registry sweep")
    void nightly() {
        LOG.info(() -> "registry sweep: " + sweep.run());
    }
}
