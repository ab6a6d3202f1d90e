package org.intermarket.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignalKeyTest {

    @Test
    void aKeyAboutTwoBidsNamesKindNeedRoundAndBothAgencies() {
        SignalKey key = new SignalKey(SignalKind.SHARED_IP, 12L, 1, 34, 56);
        assertEquals("SHARED_IP-12-1-34-56", key.toString());
        assertEquals(Optional.of(key), SignalKey.parse("SHARED_IP-12-1-34-56"));
    }

    @Test
    void aPairKeyNamesKindAndBothAgencies() {
        SignalKey key = new SignalKey(SignalKind.ROTATING_PAIR, null, null, 7, 9);
        assertEquals("ROTATING_PAIR-7-9", key.toString());
        assertEquals(Optional.of(key), SignalKey.parse("ROTATING_PAIR-7-9"));
    }

    @Test
    void textThatIsNoKeyParsesToNothing() {
        for (String text : new String[] {null, "", "SHARED_IP-1-1-2", "ROTATING_PAIR-1-1-2-3", "SHARED_IP-1-1-3-2", "WHATEVER-1-1-2-3",
                "shared_ip-1-1-2-3", "ROTATING_PAIR-5-5", "RED_HAT-1-2", "STEERING-1-2", "STEERING-1-1-2-3", "SHARED_IP-99999999999999999999-1-2-3", "ROTATING_PAIR-1-2 ", "CLOSE_PRICES-1-1-2"}) {
            assertTrue(SignalKey.parse(text).isEmpty(), () -> "parsed " + text);
        }
    }

    @Test
    void theLowerAgencyComesFirst() {
        assertThrows(IllegalArgumentException.class, () -> new SignalKey(SignalKind.CLOSE_PRICES, 1L, 1, 9, 7));
        assertThrows(IllegalArgumentException.class, () -> new SignalKey(SignalKind.ROTATING_PAIR, 1L, 1, 7, 9));
    }
}
