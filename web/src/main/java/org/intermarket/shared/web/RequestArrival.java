package org.intermarket.shared.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.AttachmentKey;
import jakarta.servlet.ServletContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.intermarket.shared.MarketClock;

/**
 * When the server received a request: the moment the listener read it, before it waited for a worker thread, before
 * authentication and any queue or lock of ours, carried with the request. A bid is judged by this moment (DOMAIN.md:
 * its receipt time), so a bid that arrived in time counts however long it then waited for a worker or the need's lock.
 * Registered as an Undertow servlet extension, the earliest point an application can reach.
 */
public class RequestArrival implements ServletExtension {

    private static final AttachmentKey<Instant> RECEIVED_AT = AttachmentKey.create(Instant.class);

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            // to the millisecond: what a receipt states, and what the database keeps exactly
            exchange.putAttachment(RECEIVED_AT, receivedAt(exchange.getRequestStartTime(), System.nanoTime(), MarketClock.clock().instant())
                    .truncatedTo(ChronoUnit.MILLIS));
            next.handleRequest(exchange);
        });
    }

    /**
     * The moment the listener read the request ({@code record-request-start-time}, set in configure.cli): this chain
     * runs only once a worker thread is free, and in a rush requests queue for one, so its own clock would judge a bid
     * by when a worker got to it. The start is a {@link System#nanoTime()} reading, placed on the wall clock by its
     * distance from the market's now; without one (the listener does not record it) the moment is now.
     */
    static Instant receivedAt(long startNanos, long nowNanos, Instant now) {
        return startNanos > 0 && nowNanos >= startNanos ? now.minusNanos(nowNanos - startNanos) : now;
    }

    /** The moment the current request arrived; outside a request (a probe, a timer), none. */
    public static Optional<Instant> ofCurrentRequest() {
        ServletRequestContext context = ServletRequestContext.current();
        HttpServerExchange exchange = context == null ? null : context.getExchange();
        return Optional.ofNullable(exchange == null ? null : exchange.getAttachment(RECEIVED_AT));
    }
}
