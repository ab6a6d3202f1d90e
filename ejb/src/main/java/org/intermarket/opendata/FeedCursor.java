package org.intermarket.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.intermarket.shared.InvalidInputException;

/**
 * Where a page of the feed ended: the date and sequence number of its last release. The next page
 * starts strictly after it in the feed's order (date, then sequence number), so pages neither
 * overlap nor skip, however many releases are added meanwhile (they come later in that order).
 */
public record FeedCursor(Instant at, long seq) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** Opaque to clients: base64url of the instant (seconds and nanoseconds) and the sequence number. */
    public String encode() {
        return ENCODER.encodeToString((at.getEpochSecond() + "." + at.getNano() + "." + seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a cursor this feed gave out; anything else is a 400 naming the parameter. */
    public static FeedCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length != 3) {
                throw new IllegalArgumentException("three parts expected");
            }
            return new FeedCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "cursor must be a value from links.next of an earlier page");
        }
    }
}
