package org.intermarket.shared.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Weak entity tags made from the bytes of an answer, and the weak comparison RFC 9110 (13.1.2) prescribes for
 * {@code If-None-Match}.
 *
 * <p>Weak, although equal bytes would justify a strong tag: a proxy or the server may compress the answer, and a strong
 * tag promises the same bytes on the wire. 128 bits of SHA-256 leave no practical chance that two different answers
 * of one address share a tag.
 */
public final class EntityTags {

    private static final int TAG_BYTES = 16;

    private EntityTags() {
    }

    /** {@code W/"…"}: the first 128 bits of the body's SHA-256, base64url. */
    public static String weakOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, TAG_BYTES)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Whether an {@code If-None-Match} header names this tag, weakly compared (with or without {@code W/}), or is
     * {@code *}. An unreadable header matches nothing: the client then simply gets the full answer.
     */
    public static boolean noneMatchNames(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        String wanted = opaque(tag);
        int at = 0;
        while (at < ifNoneMatch.length()) {
            char c = ifNoneMatch.charAt(at);
            if (c == ',' || Character.isWhitespace(c)) {
                at++;
                continue;
            }
            if (ifNoneMatch.startsWith("W/", at)) {
                at += 2;
            }
            if (at >= ifNoneMatch.length() || ifNoneMatch.charAt(at) != '"') {
                return false;
            }
            int end = ifNoneMatch.indexOf('"', at + 1);
            if (end < 0) {
                return false;
            }
            if (ifNoneMatch.substring(at, end + 1).equals(wanted)) {
                return true;
            }
            at = end + 1;
        }
        return false;
    }

    /** The quoted part of a tag, which is all a weak comparison looks at. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
