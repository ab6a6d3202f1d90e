package org.intermarket.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static AuditHead genesis() throws Exception {
        Constructor<AuditHead> constructor = AuditHead.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        AuditHead head = constructor.newInstance();
        var lastHash = AuditHead.class.getDeclaredField("lastHash");
        lastHash.setAccessible(true);
        lastHash.set(head, AuditHead.GENESIS_HASH);
        return head;
    }

    @Test
    void eachEntryLinksToThePreviousOneAndTheHeadFollows() throws Exception {
        AuditHead head = genesis();
        Instant at = Instant.parse("2026-11-23T10:15:30.123456789Z");
        AuditEntry first = head.append(at, "supervisor", "ITEM_CREATED", "ServiceItem", "EIA", "details");
        AuditEntry second = head.append(at, "supervisor", "ITEM_RETIRED", "ServiceItem", "EIA", "reason");

        assertEquals(1, first.seq());
        assertEquals(AuditHead.GENESIS_HASH, first.previousHash());
        assertEquals(first.entryHash(), second.previousHash());
        assertEquals(2, head.lastSeq());
        assertEquals(second.entryHash(), head.lastHash());
        assertEquals(Instant.parse("2026-11-23T10:15:30.123456Z"), first.recordedAt(), "kept to the microsecond, as databases store it");
        assertTrue(first.digestMatchesDetail());
        assertEquals(first.entryHash(), first.computeHash());
    }

    @Test
    void theHashCoversTheActor() throws Exception {
        Instant at = Instant.parse("2026-11-23T10:15:30Z");
        AuditEntry honest = genesis().append(at, "supervisor", "ITEM_CREATED", "ServiceItem", "EIA", "details");
        AuditEntry other = genesis().append(at, "mallory", "ITEM_CREATED", "ServiceItem", "EIA", "details");
        assertNotEquals(honest.entryHash(), other.entryHash());
    }
}
