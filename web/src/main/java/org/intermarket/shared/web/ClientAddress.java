package org.intermarket.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, as recorded with a bid for the bid-rigging signals.
 * Behind a reverse proxy every request arrives from the proxy, and the shared-address signal would
 * join every pair of bidders; so the X-Forwarded-For header is read, but only when the request came
 * from one of the proxies named in {@code -Dintermarket.trusted.proxies} (comma-separated addresses).
 * A client can write anything into that header, so it is never believed from anyone else, and the
 * address taken is the right-most one that a trusted proxy did not add.
 */
public final class ClientAddress {

    static final String TRUSTED_PROXIES = "intermarket.trusted.proxies";

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")), trustedProxies());
    }

    /**
     * Walks the forwarding chain from the nearest hop outwards while each hop is a trusted proxy;
     * the first hop that is not one is the client.
     */
    static String resolve(String peer, List<String> forwardedFor, Set<String> trusted) {
        if (!trusted.contains(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor.stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .filter(hop -> !hop.isEmpty())
                .toList();
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            if (!trusted.contains(client)) {
                break;
            }
        }
        return client;
    }

    /** Whether a peer is one of the reverse proxies named in {@code -Dintermarket.trusted.proxies}. */
    public static boolean isTrustedProxy(String peer) {
        return trustedProxies().contains(peer);
    }

    private static Set<String> trustedProxies() {
        String configured = System.getProperty(TRUSTED_PROXIES, "");
        return Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
