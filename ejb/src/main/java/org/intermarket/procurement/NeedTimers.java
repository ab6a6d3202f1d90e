package org.intermarket.procurement;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.logging.Logger;

/**
 * One persistent timer per published need, due when it may close: its deadline and the settle time after it.
 * Persistent timers live in the database: a cluster fires each once, and one missed while the server was down fires
 * when it comes back. As a second net, start-up closes whatever is already due. A timer that fires before the need
 * may close (another node's clock ran ahead) sets itself again for the right moment.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class NeedTimers {

    private static final Logger LOG = Logger.getLogger(NeedTimers.class.getName());

    @Resource
    private TimerService timerService;

    @Inject
    private NeedClosing closing;

    @PostConstruct
    void catchUp() {
        int closed = closing.closeDue();
        if (closed > 0) {
            LOG.info(() -> "closed " + closed + " needs whose deadline passed while the server was down");
        }
    }

    /** Created in the publishing transaction: if publishing rolls back, so does the timer. */
    public void scheduleClosing(Need need) {
        timerService.createSingleActionTimer(Date.from(closing.closesAt(need)), new TimerConfig(need.id(), true));
    }

    @Timeout
    void deadlineReached(Timer timer) {
        Long needId = (Long) timer.getInfo();
        if (!closing.close(needId)) {
            closing.stillDue(needId).ifPresent(when -> timerService.createSingleActionTimer(Date.from(when), new TimerConfig(needId, true)));
        }
    }
}
