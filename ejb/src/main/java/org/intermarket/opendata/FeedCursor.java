package org.intermarket.opendata;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.intermarket.shared.InvalidInputException;

/**
 * Where a page of the feed ended: the audit log position of its last release. The next page starts
 * strictly after it, so pages neither overlap nor skip, however many releases are added meanwhile:
 * the log places an entry only once it has committed, at a position after every one placed before.
 */
public record FeedCursor(long position) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    /** Names what the cursor counts, so that a cursor of the earlier form (date and sequence number) is refused, not misread. */
    private static final String PREFIX = "log.";

    /** Opaque to clients: base64url of the log position. */
    public String encode() {
        return ENCODER.encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a cursor this feed gave out; anything else is a 400 naming the parameter. */
    public static FeedCursor decode(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.US_ASCII);
            if (!decoded.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not a log position");
            }
            long position = Long.parseLong(decoded.substring(PREFIX.length()));
            if (position < 0) {
                throw new IllegalArgumentException("a position is never negative");
            }
            return new FeedCursor(position);
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "cursor must be a value from links.next of an earlier page");
        }
    }
}
