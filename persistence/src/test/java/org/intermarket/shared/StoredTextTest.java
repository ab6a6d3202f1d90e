package org.intermarket.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredTextTest {

    @Test
    void factsAreStoredAsTheyAreReadBackInTheirOrderWithoutTheAbsentOnes() {
        StoredText text = StoredText.facts("round", 2, "method", SelectionMethod.LOWEST_PRICE, "ceiling", new BigDecimal("150000.00"),
                "deadline", Instant.parse("2026-12-07T02:39:19.874231Z"), "drawCommitment", null);
        StoredText read = StoredText.decode(text.encode()).orElseThrow();
        assertEquals(List.of("round", "method", "ceiling", "deadline"), List.copyOf(read.facts().keySet()));
        assertEquals(Map.of("round", "2", "method", "LOWEST_PRICE", "ceiling", "150000.00", "deadline", "2026-12-07T02:39:19.874Z"),
                read.facts(), "a time to the millisecond, as a receipt's; an amount in plain digits");
        assertNull(read.code());
    }

    @Test
    void aCodedTextKeepsItsCodeAndMoreFactsFollow() {
        StoredText text = StoredText.of("violation", "severity", "MINOR").and(StoredText.facts("reason", "迟交"));
        StoredText read = StoredText.decode(text.encode()).orElseThrow();
        assertEquals("violation", read.code());
        assertEquals(List.of("severity", "reason"), List.copyOf(read.facts().keySet()));
    }

    @Test
    void aSentenceStoredBeforeTextsWereFactsIsNotTakenForFacts() {
        assertTrue(StoredText.decode("round 1, LOWEST_PRICE, ceiling 150000.00").isEmpty());
        assertTrue(StoredText.decode("{not json").isEmpty());
        assertTrue(StoredText.decode(null).isEmpty());
    }

    @Test
    void aLongTypedReasonIsKeptReadableAndSaysItWasCut() {
        String reason = "理".repeat(StoredText.MAX_FACT + 10);
        String kept = StoredText.decode(StoredText.facts("reason", reason).encode()).orElseThrow().facts().get("reason");
        assertEquals(StoredText.MAX_FACT, kept.length());
        assertTrue(kept.endsWith("…"));
    }

    /** A stand-in enum: the persistence module's own would tie this test to procurement. */
    private enum SelectionMethod { LOWEST_PRICE }
}
