package org.intermarket.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.intermarket.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The feed's cursor: a log position, opaque to clients; anything else is refused as the cursor parameter. */
class FeedCursorTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 41, 1_000_000, Long.MAX_VALUE})
    void aCursorReadsBackAsThePositionItWasMadeFrom(long position) {
        assertEquals(new FeedCursor(position), FeedCursor.decode(new FeedCursor(position).encode()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1777600000.123456000.4711", "log.-1", "log.", "log.12x", "12", ""})
    void aCursorOfTheEarlierDateAndNumberFormOrOfNoFormIsRefusedNotMisread(String text) {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> FeedCursor.decode(cursor));
        assertEquals("cursor", refused.fieldErrors().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-cursor", "%%%"})
    void aCursorThatIsNotBase64urlIsRefused(String cursor) {
        assertThrows(InvalidInputException.class, () -> FeedCursor.decode(cursor));
    }
}
