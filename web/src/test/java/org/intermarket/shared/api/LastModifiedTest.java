package org.intermarket.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LastModifiedTest {

    private static final Instant CHANGED = Instant.parse("2026-03-02T08:15:30.100Z");

    @Test
    void noDateWhileTheSecondOfTheChangeIsStillRunning() {
        assertTrue(LastModified.settled(CHANGED, CHANGED).isEmpty());
        assertTrue(LastModified.settled(CHANGED, Instant.parse("2026-03-02T08:15:30.999Z")).isEmpty(),
                "a second change at .7 would carry the same date");
    }

    @Test
    void onceTheSecondIsOverTheDateIsThatSecond() {
        Optional<Instant> date = LastModified.settled(CHANGED, Instant.parse("2026-03-02T08:15:31Z"));
        assertEquals(Optional.of(Instant.parse("2026-03-02T08:15:30Z")), date);
    }
}
