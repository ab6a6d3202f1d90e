package org.intermarket.shared.api;

import java.util.Map;
import org.intermarket.shared.StoredText;

/**
 * Why something changed, as the API hands it out: the market's own reasons as a code and facts ({@code tooFewBids},
 * {@code bids: "1"}, {@code minimum: "3"}) for a client to phrase in its reader's language, the words a person typed
 * as {@code text} (also the typed part of a coded reason, its {@code reason} fact). Null where there is no reason.
 */
public record ReasonDto(String code, Map<String, String> facts, String text) {

    public static ReasonDto of(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        return StoredText.decode(stored)
                .map(coded -> new ReasonDto(coded.code(), coded.facts(), coded.facts().get("reason")))
                .orElseGet(() -> new ReasonDto(null, Map.of(), stored));
    }
}
