package org.intermarket.security.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads the credentials an Authorization header carries. */
public final class Credentials {

    private static final String BASIC = "basic ";
    private static final String BEARER = "bearer ";

    private Credentials() {
    }

    public record UsernamePassword(String username, String password) {

        @Override
        public String toString() {
            return "UsernamePassword[" + username + "]";
        }
    }

    public static boolean isBasic(String header) {
        return startsWithIgnoreCase(header, BASIC);
    }

    public static boolean isBearer(String header) {
        return startsWithIgnoreCase(header, BEARER);
    }

    /** The username and password of a Basic header, or empty when it is not well-formed. */
    public static Optional<UsernamePassword> basic(String header) {
        if (!isBasic(header)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePassword(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    public static Optional<String> bearerToken(String header) {
        if (!isBearer(header)) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static boolean startsWithIgnoreCase(String header, String prefix) {
        return header != null && header.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
