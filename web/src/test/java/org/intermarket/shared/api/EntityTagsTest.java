package org.intermarket.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String TAG = EntityTags.weakOf("{\"status\":\"PUBLISHED\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void theSameBytesGiveTheSameWeakTagAndOneChangedByteAnother() {
        assertTrue(TAG.matches("W/\"[A-Za-z0-9_-]{22}\""), TAG);
        assertEquals(TAG, EntityTags.weakOf("{\"status\":\"PUBLISHED\"}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(TAG, EntityTags.weakOf("{\"status\":\"PUBLISHEE\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ifNoneMatchComparesWeaklyWithOrWithoutThePrefix() {
        assertTrue(EntityTags.noneMatchNames(TAG, TAG));
        assertTrue(EntityTags.noneMatchNames(TAG.substring(2), TAG), "a strong tag with the same opaque part matches weakly");
    }

    @Test
    void ifNoneMatchMayListSeveralTagsOrAStar() {
        assertTrue(EntityTags.noneMatchNames("\"a\", W/\"b,c\" ," + TAG, TAG));
        assertTrue(EntityTags.noneMatchNames(" * ", TAG));
        assertFalse(EntityTags.noneMatchNames("\"a\", W/\"b\"", TAG));
    }

    @Test
    void anAbsentOrUnreadableIfNoneMatchMatchesNothing() {
        assertFalse(EntityTags.noneMatchNames(null, TAG));
        assertFalse(EntityTags.noneMatchNames("", TAG));
        assertFalse(EntityTags.noneMatchNames(TAG.substring(3), TAG), "no opening quote");
        assertFalse(EntityTags.noneMatchNames(TAG.substring(0, TAG.length() - 1), TAG), "no closing quote");
        assertFalse(EntityTags.noneMatchNames("W/", TAG));
    }
}
