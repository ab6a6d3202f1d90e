package org.intermarket.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "now" for business code: {@link MarketClock}. Dates (deadlines, effective dates) are
 * read in the market's time zone, China Standard Time.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId MARKET_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return MarketClock.clock();
    }
}
