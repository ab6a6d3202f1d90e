package org.intermarket.delivery;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Runs the delivery and credit sweep every night; persistent, so a run missed while down fires at start-up. */
// Starts after and stops before the beans its timeouts call, so that none finds them stopped (WildFly orders any EJB).
@DependsOn("DeliverySweep")
@Singleton
@Startup
public class DailyDeliveryTimer {

    private static final Logger LOG = Logger.getLogger(DailyDeliveryTimer.class.getName());

    @Inject
    private DeliverySweep sweep;

    // No transaction around the run: each item opens its own. One held here would stay open all night, and when the
    // timeout rolled it back the container would count the timer as failed and fire it again.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(hour = "1", minute = "45", persistent = true, info = "delivery and credit sweep")
    void nightly() {
        LOG.info(() -> "delivery and credit sweep: " + sweep.run());
    }
}
