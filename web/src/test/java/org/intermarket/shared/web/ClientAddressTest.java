package org.intermarket.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXIES = Set.of("10.0.0.5", "10.0.0.6");

    @Test
    void withNoTrustedProxyTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", List.of("198.51.100.1"), Set.of()));
    }

    @Test
    void aClientCannotChooseItsAddressByWritingTheHeader() {
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", List.of("198.51.100.1"), PROXIES));
    }

    @Test
    void behindATrustedProxyTheAddressItSawIsTaken() {
        assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.5", List.of("198.51.100.1"), PROXIES));
    }

    @Test
    void onlyTheHopsAddedByTrustedProxiesAreSkipped() {
        // The client wrote 1.2.3.4 itself; the first trusted proxy saw 198.51.100.1 and the second saw the first.
        assertEquals("198.51.100.1",
                ClientAddress.resolve("10.0.0.6", List.of("1.2.3.4, 198.51.100.1", "10.0.0.5"), PROXIES));
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsItselfTheAddress() {
        assertEquals("10.0.0.5", ClientAddress.resolve("10.0.0.5", List.of(), PROXIES));
        assertEquals("10.0.0.5", ClientAddress.resolve("10.0.0.5", List.of(" , "), PROXIES));
    }

    @Test
    void aChainOfOnlyTrustedProxiesEndsAtTheFarthest() {
        assertEquals("10.0.0.6", ClientAddress.resolve("10.0.0.5", List.of("10.0.0.6"), PROXIES));
    }
}
