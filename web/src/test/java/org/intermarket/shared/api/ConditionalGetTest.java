package org.intermarket.shared.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConditionalGetTest {

    private static final String TAG = "W/\"abc\"";
    private static final Instant CHANGED = Instant.parse("2026-03-02T08:15:30Z");
    private static final String THAT_SECOND = "Mon, 2 Mar 2026 08:15:30 GMT";

    @Test
    void aMatchingTagMeansTheClientHoldsTheAnswer() {
        assertTrue(new ConditionalGet(TAG, null).alreadyHeld(TAG, null));
        assertFalse(new ConditionalGet("W/\"old\"", null).alreadyHeld(TAG, CHANGED));
    }

    @Test
    void aTagThatDiffersWinsOverADateThatWouldMatch() {
        assertFalse(new ConditionalGet("W/\"old\"", THAT_SECOND).alreadyHeld(TAG, CHANGED));
    }

    @Test
    void withoutATagTheDateDecides() {
        assertTrue(new ConditionalGet(null, THAT_SECOND).alreadyHeld(TAG, CHANGED));
        assertTrue(new ConditionalGet(null, "Mon, 02 Mar 2026 09:00:00 GMT").alreadyHeld(TAG, CHANGED));
        assertFalse(new ConditionalGet(null, "Mon, 2 Mar 2026 08:15:29 GMT").alreadyHeld(TAG, CHANGED));
    }

    @Test
    void aDateIsIgnoredWhenTheAnswerHasNoneOrItCannotBeRead() {
        assertFalse(new ConditionalGet(null, THAT_SECOND).alreadyHeld(TAG, null));
        assertFalse(new ConditionalGet(null, "yesterday").alreadyHeld(TAG, CHANGED));
        assertFalse(new ConditionalGet(null, null).alreadyHeld(TAG, CHANGED));
    }
}
