package org.intermarket.procurement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.intermarket.shared.InvalidInputException;

/**
 * Where a need stands in the public list (latest deadline first, then newest), given as the place to continue after:
 * reading the next page from here costs the same however deep it is, where an offset would make the database walk
 * past every need before it. Handed to clients as an opaque token, {@link #token()}.
 */
public record NeedPosition(Instant bidDeadline, long id) {

    private static final char SEPARATOR = '~';

    public static NeedPosition of(Need need) {
        return new NeedPosition(need.bidDeadline(), need.id());
    }

    public String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((bidDeadline.toString() + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a token names; null for none; a 400 naming {@code field} for anything this class did not make. */
    public static NeedPosition ofToken(String field, String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            int at = text.indexOf(SEPARATOR);
            return new NeedPosition(Instant.parse(text.substring(0, at)), Long.parseLong(text.substring(at + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be the token the list gave as next");
        }
    }
}
