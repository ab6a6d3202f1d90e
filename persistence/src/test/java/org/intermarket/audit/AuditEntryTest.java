package org.intermarket.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.HexFormat;
import org.intermarket.shared.Sha256;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:15:30.123456789Z");

    private static AuditEntry entry(String actor, String detail) throws Exception {
        AuditEntry entry = new AuditEntry(AT, actor, "ITEM_CREATED", "ServiceItem", "EIA", detail);
        Field seq = AuditEntry.class.getDeclaredField("seq");
        seq.setAccessible(true);
        seq.set(entry, 42L);
        return entry;
    }

    @Test
    void theLeafIsTheHashOfEveryFieldTheDetailByItsDigest() throws Exception {
        AuditEntry entry = entry("supervisor", "details");
        assertEquals("42\n2026-11-23T10:15:30.123456Z\nsupervisor\nITEM_CREATED\nServiceItem\nEIA\n" + Sha256.hex("details"), entry.leafInput());
        assertEquals(Sha256.hex("\u0000" + entry.leafInput()), HexFormat.of().formatHex(entry.leafHash()), "SHA-256(0x00 ‖ input)");
        assertEquals(Instant.parse("2026-11-23T10:15:30.123456Z"), entry.recordedAt(), "kept to the microsecond, as databases store it");
        assertTrue(entry.digestMatchesDetail());
    }

    @Test
    void anotherActorOrDetailIsAnotherLeaf() throws Exception {
        assertNotEquals(HexFormat.of().formatHex(entry("supervisor", "details").leafHash()), HexFormat.of().formatHex(entry("mallory", "details").leafHash()));
        assertNotEquals(entry("supervisor", "details").leafInput(), entry("supervisor", "edited").leafInput());
        AuditEntry edited = entry("supervisor", "details");
        Field detail = AuditEntry.class.getDeclaredField("detail");
        detail.setAccessible(true);
        detail.set(edited, "edited afterwards");
        assertFalse(edited.digestMatchesDetail());
    }

    @Test
    void anEntryIsPlacedInTheLogOnce() throws Exception {
        AuditEntry entry = entry("supervisor", "details");
        entry.placeAt(7);
        assertEquals(7L, entry.position());
        assertThrows(IllegalStateException.class, () -> entry.placeAt(8));
    }
}
