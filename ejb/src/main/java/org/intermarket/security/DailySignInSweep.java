package org.intermarket.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Forgets failed sign-ins a day old every night, so the throttle's table holds about a day of failures. Persistent
 * (in the database): a run missed while the server was down fires once at start-up, and a cluster fires it on one node.
 */
@Singleton
public class DailySignInSweep {

    private static final Logger LOG = Logger.getLogger(DailySignInSweep.class.getName());

    @Inject
    private SignInThrottle throttle;

    @Inject
    private Clock clock;

    @Schedule(hour = "1", minute = "35", persistent = true, info = "sign-in failures sweep")
    void nightly() {
        int forgotten = throttle.forgetOld(clock.instant());
        LOG.info(() -> "sign-in failures sweep: " + forgotten + " failures older than " + SignInThrottle.MEMORY + " forgotten");
    }
}
