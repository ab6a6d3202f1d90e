package org.intermarket.shared.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.AttachmentKey;
import jakarta.servlet.ServletContext;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.intermarket.shared.MarketClock;

/**
 * When the server received a request: the moment the listener read it, before it waited for a worker thread, before
 * authentication and any queue or lock of ours, carried with the request. A bid is judged by this moment (DOMAIN.md:
 * its receipt time), so a bid that arrived in time counts however long it then waited for a worker or the need's lock.
 * Registered as an Undertow servlet extension, the earliest point an application can reach. Behind a trusted
 * balancer, the moment the balancer read it ({@link #receivedAt(Instant, String, long, Instant)}).
 */
public class RequestArrival implements ServletExtension {

    private static final AttachmentKey<Instant> RECEIVED_AT = AttachmentKey.create(Instant.class);

    /** The header a trusted balancer states its reading in. */
    static final String REQUEST_START = "X-Request-Start";

    /** How long before the node's now a balancer's reading may be: a request queued longer is judged by the node. */
    static final Duration LONGEST_BALANCER_LEAD = Duration.ofSeconds(10);

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            Instant now = MarketClock.clock().instant();
            Instant atThisNode = receivedAt(exchange.getRequestStartTime(), System.nanoTime(), now);
            // the header first: most requests carry none, and the trusted proxies are read from a property each time
            String balancerReading = exchange.getRequestHeaders().getFirst(REQUEST_START);
            if (balancerReading != null && !ClientAddress.isTrustedProxy(peer(exchange))) {
                balancerReading = null;
            }
            // to the millisecond: what a receipt states, and what the database keeps exactly
            exchange.putAttachment(RECEIVED_AT, receivedAt(atThisNode, balancerReading, System.currentTimeMillis(), now).truncatedTo(ChronoUnit.MILLIS));
            next.handleRequest(exchange);
        });
    }

    /**
     * The connection's peer: the balancer when there is one (the listener does not replace it from forwarding headers:
     * no {@code proxy-address-forwarding}; ClientAddress reads them, from trusted proxies only).
     */
    private static String peer(HttpServerExchange exchange) {
        InetSocketAddress source = exchange.getSourceAddress();
        return source == null || source.getAddress() == null ? null : source.getAddress().getHostAddress();
    }

    /**
     * Behind a balancer the platform received a request when the balancer did: in a rush a request may then wait for a
     * connection to a node and for its listener, and the node's own reading would judge it by that wait. A trusted
     * balancer ({@code intermarket.trusted.proxies}) states its reading in {@code X-Request-Start: t=<milliseconds since
     * the epoch>} (ear/cluster/cluster.sh sets it from HAProxy's {@code request_date}, overwriting what a client sent).
     * It is believed only if it is not after the system's now (another machine's clock running ahead) and at most
     * {@link #LONGEST_BALANCER_LEAD} before it; otherwise, or without one, the node's own reading stands.
     */
    static Instant receivedAt(Instant atThisNode, String balancerReading, long systemNowMillis, Instant now) {
        if (balancerReading == null || !balancerReading.startsWith("t=")) {
            return atThisNode;
        }
        long millis;
        try {
            millis = Long.parseLong(balancerReading.substring(2).strip());
        } catch (NumberFormatException unreadable) {
            return atThisNode;
        }
        long lead = systemNowMillis - millis;
        if (lead < 0 || lead > LONGEST_BALANCER_LEAD.toMillis()) {
            return atThisNode;
        }
        // on the market's clock, which a test server runs ahead of the system's
        Instant atBalancer = now.minusMillis(lead);
        return atBalancer.isBefore(atThisNode) ? atBalancer : atThisNode;
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
