package org.intermarket.shared.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.intermarket.shared.web.KeptAnswers.Kept;
import org.junit.jupiter.api.Test;

class KeptAnswersTest {

    private static final long NOW = System.nanoTime();
    private final KeptAnswers kept = new KeptAnswers();

    @Test
    void anAnswerIsCurrentUntilAChangeAMoveOfTheClockOrItsLifetimeEnds() {
        kept.keep("k", answer(7, Duration.ZERO, NOW, 10), NOW);
        assertNotNull(kept.current("k", 7, Duration.ZERO, NOW + KeptAnswers.LIFETIME.toNanos() - 1));
        assertNull(kept.current("k", 8, Duration.ZERO, NOW), "a change committed since");
        assertNull(kept.current("k", 7, Duration.ofMinutes(5), NOW), "the market's clock moved");
        assertNull(kept.current("k", 7, Duration.ZERO, NOW + KeptAnswers.LIFETIME.toNanos()), "too old");
        assertNull(kept.current("other", 7, Duration.ZERO, NOW));
    }

    @Test
    void memoryIsBoundedByDroppingWhatIsOutOfDateAndElseNotKeeping() {
        int size = KeptAnswers.LARGEST;
        long fits = KeptAnswers.BUDGET / size;
        for (int i = 0; i < fits; i++) {
            kept.keep("old-" + i, answer(1, Duration.ZERO, NOW, size), NOW);
        }
        kept.keep("over", answer(1, Duration.ZERO, NOW, size), NOW);
        assertNull(kept.current("over", 1, Duration.ZERO, NOW), "the budget is spent on current answers");
        long later = NOW + Duration.ofSeconds(1).toNanos();
        kept.keep("new", answer(2, Duration.ZERO, later, size), later);
        assertNotNull(kept.current("new", 2, Duration.ZERO, later), "answers out of date since a change made room");
        assertNull(kept.current("big", 2, Duration.ZERO, later));
        kept.keep("big", answer(2, Duration.ZERO, later, KeptAnswers.LARGEST + 1), later);
        assertNull(kept.current("big", 2, Duration.ZERO, later), "an answer larger than a megabyte is never kept");
    }

    private static Kept answer(long changes, Duration offset, long at, int size) {
        return new Kept(changes, offset, at, "application/json", Map.of("Cache-Control", List.of("max-age=5")), new byte[size], "W/\"t\"");
    }
}
