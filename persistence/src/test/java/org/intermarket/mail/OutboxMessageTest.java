package org.intermarket.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    @Test
    void eachRetryWaitsTwiceAsLongUpToAnHour() {
        assertEquals(Duration.ofSeconds(30), OutboxMessage.backOff(1));
        assertEquals(Duration.ofMinutes(1), OutboxMessage.backOff(2));
        assertEquals(Duration.ofMinutes(2), OutboxMessage.backOff(3));
        assertEquals(Duration.ofMinutes(32), OutboxMessage.backOff(7));
        assertEquals(Duration.ofHours(1), OutboxMessage.backOff(8));
        assertEquals(Duration.ofHours(1), OutboxMessage.backOff(1000));
    }
}
