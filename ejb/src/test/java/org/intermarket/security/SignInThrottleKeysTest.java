package org.intermarket.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the throttle counts by: the keys it stores for a source and a typed username. */
class SignInThrottleKeysTest {

    @Test
    void anIpv6AddressCountsByItsSlash64AndAnIpv4AddressAsItIs() {
        assertEquals("2001:db8:85a3:8d3::/64", SignInThrottle.sourceKey("2001:db8:85a3:8d3:1319:8a2e:370:7348"));
        assertEquals(SignInThrottle.sourceKey("2001:db8:85a3:8d3::1"), SignInThrottle.sourceKey("2001:DB8:85A3:8D3:ffff::9"));
        assertEquals("198.18.0.7", SignInThrottle.sourceKey(" 198.18.0.7 "));
        assertEquals("unknown", SignInThrottle.sourceKey(null));
    }

    @Test
    void aSourceKeyFitsItsColumnWhateverTheProxyReported() {
        String key = SignInThrottle.sourceKey("x".repeat(500));
        assertEquals(SignInFailure.MAX_SOURCE, key.length());
    }

    @Test
    void theUsernameIsKeptAsTheDigestOfWhatWasTypedTrimmedAndLowerCased() {
        String key = SignInThrottle.usernameKey(" Owner1 ");
        assertEquals(key, SignInThrottle.usernameKey("owner1"));
        assertNotEquals(key, SignInThrottle.usernameKey("owner2"));
        assertTrue(key.matches("[0-9a-f]{64}"), key);
        assertFalse(key.contains("owner1"));
        assertEquals(SignInThrottle.usernameKey(""), SignInThrottle.usernameKey(null));
    }
}
