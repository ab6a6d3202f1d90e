package org.intermarket.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PerItemTest {

    private final Logger logger = Logger.getLogger(PerItem.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    @Test
    void aFailingItemInTheMiddleIsSkippedAndEveryOtherItemIsStillWorked() {
        List<Long> worked = new ArrayList<>();
        PerItem.Tally tally = PerItem.run("test sweep", List.of(1L, 2L, 3L, 4L, 5L), id -> {
            worked.add(id);
            if (id == 3L) {
                // What the container throws when the item's REQUIRES_NEW call hit a bad row.
                throw new EJBException(new IllegalStateException("contract 3 has no due date"));
            }
            return true;
        });

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), worked, "the items after the failing one were still called");
        assertEquals(5, tally.total());
        assertEquals(4, tally.done());
        assertEquals(1, tally.failed());
        assertEquals(0, tally.unchanged());
    }

    @Test
    void theFailureIsLoggedWithTheItemsIdAndTheInnermostCause() {
        IllegalStateException cause = new IllegalStateException("contract 3 has no due date");
        PerItem.run("test sweep", List.of(3L), id -> {
            throw new EJBException(new RuntimeException(cause));
        });

        LogRecord failure = logged.get(0);
        assertEquals(Level.WARNING, failure.getLevel());
        assertTrue(failure.getMessage().contains("test sweep: item 3 failed"), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("IllegalStateException: contract 3 has no due date"), failure.getMessage());
        assertSame(cause, failure.getThrown().getCause().getCause(), "the whole stack is kept for the log");
    }

    @Test
    void itemsWithNothingLeftToDoAreCountedApartFromDoneAndFailed() {
        PerItem.Tally tally = PerItem.run("test sweep", List.of(1L, 2L, 3L, 4L), id -> {
            if (id == 4L) {
                throw new IllegalArgumentException("bad row");
            }
            return id % 2 == 0;
        });

        assertEquals(new PerItem.Tally("test sweep", 4, 1, 1), tally);
        assertEquals(2, tally.unchanged());
        assertEquals("test sweep: 1 done, 1 failed, 2 unchanged of 4", tally.toString());
        LogRecord summary = logged.get(logged.size() - 1);
        assertEquals(Level.WARNING, summary.getLevel(), "a run with a failure is not reported as routine");
        assertEquals(tally.toString(), summary.getMessage());
    }

    @Test
    void aRunWithoutFailuresLogsOneRoutineLine() {
        PerItem.Tally tally = PerItem.run("test sweep", List.of("a", "b"), id -> true);

        assertEquals(new PerItem.Tally("test sweep", 2, 2, 0), tally);
        assertEquals(1, logged.size());
        assertEquals(Level.INFO, logged.get(0).getLevel());
        assertEquals("test sweep: 2 done, 0 failed, 0 unchanged of 2", logged.get(0).getMessage());
    }

    @Test
    void aRunWithNothingToDoStaysOutOfTheLog() {
        assertEquals(new PerItem.Tally("test sweep", 0, 0, 0), PerItem.run("test sweep", List.<Long>of(), id -> true));
        assertEquals(List.of(), logged);
    }

    @Test
    void anErrorIsNotSwallowed() {
        // An Error (out of memory, a linkage problem) is not about one row: the run stops.
        List<Integer> worked = new ArrayList<>();
        assertThrows(OutOfMemoryError.class, () -> PerItem.run("test sweep", List.of(1, 2), id -> {
            worked.add(id);
            throw new OutOfMemoryError("test");
        }));
        assertEquals(List.of(1), worked);
    }
}
