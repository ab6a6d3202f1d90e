package org.intermarket.procurement;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.intermarket.shared.MarketClock;

/**
 * One persistent timer per published need, due when it may close: its deadline and the settle time after it.
 * Persistent timers live in the database: a cluster fires each once, and one missed while the server was down fires
 * when it comes back. As a second net, start-up closes whatever is already due. A timer that fires before the need
 * may close (another node's clock ran ahead) sets itself again for the right moment.
 * <p>
 * Timers count in system time, deadlines in market time: they are the same except on a test server, whose market
 * clock the suite moves forward ({@link MarketClock}), so a timer set for a deadline fires late by however far the
 * clock has since moved. There a watch closes what is due four times a second, as the timers would have had the
 * time really passed; it looks only once the clock has moved, so until then a test server closes needs by its
 * timers alone, as a production server does (the cluster test kills the node that set a timer and sees another fire it).
 */
@Singleton
@Startup
// Starts after and stops before the beans its timeouts call, so that none finds them stopped (WildFly orders any EJB).
@DependsOn({"SchemaMigrator", "NeedClosing"})
@Lock(LockType.READ) // no state of its own: scheduling must not wait while a timer closes a need
public class NeedTimers {

    private static final Logger LOG = Logger.getLogger(NeedTimers.class.getName());

    private static final String CLOCK_WATCH = "market clock watch";

    private static final long WATCH_INTERVAL_MILLIS = 250;

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
        if (MarketClock.isMovable()) {
            watchTheClock();
        }
    }

    /** The next look a quarter of a second after this one ends: a slow look is never overlapped by the next. */
    private void watchTheClock() {
        timerService.createSingleActionTimer(WATCH_INTERVAL_MILLIS, new TimerConfig(CLOCK_WATCH, false));
    }

    /** Created in the publishing transaction: if publishing rolls back, so does the timer. */
    public void scheduleClosing(Need need) {
        timerService.createSingleActionTimer(MarketClock.systemDate(closing.closesAt(need)), new TimerConfig(need.id(), true));
    }

    @Timeout
    void deadlineReached(Timer timer) {
        if (CLOCK_WATCH.equals(timer.getInfo())) {
            try {
                if (!MarketClock.offset().isZero()) {
                    closing.closeDue();
                }
            } finally {
                watchTheClock();
            }
            return;
        }
        Long needId = (Long) timer.getInfo();
        if (!closing.close(needId)) {
            closing.stillDue(needId)
                    .ifPresent(when -> timerService.createSingleActionTimer(MarketClock.systemDate(when), new TimerConfig(needId, true)));
        }
    }
}
