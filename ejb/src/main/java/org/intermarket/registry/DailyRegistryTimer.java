package org.intermarket.registry;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Runs the registry sweep every night. The timer is persistent (kept in the database): a run
 * missed while the server was down fires once at start-up, and a cluster fires it on one node.
 */
// Starts after and stops before the beans its timeouts call, so that none finds them stopped (WildFly orders any EJB).
@DependsOn("RegistrySweep")
@Singleton
@Startup
public class DailyRegistryTimer {

    private static final Logger LOG = Logger.getLogger(DailyRegistryTimer.class.getName());

    @Inject
    private RegistrySweep sweep;

    // No transaction around the run: each item opens its own. One held here would stay open all night, and when the
    // timeout rolled it back the container would count the timer as failed and fire it again.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(hour = "1", minute = "15", persistent = true, info = "registry sweep")
    void nightly() {
        LOG.info(() -> "registry sweep: " + sweep.run());
    }
}
