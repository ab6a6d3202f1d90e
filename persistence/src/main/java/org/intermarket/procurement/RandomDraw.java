package org.intermarket.procurement;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The verifiable random draw of DOMAIN.md, commit and reveal. The seed is 64 lower-case hex
 * characters; at publishing the commitment SHA-256(seed) is shown, after the deadline the seed.
 * The winner is the bid at index {@code uint64(first 8 bytes of SHA-256(seed ‖ ids)) mod n},
 * where ids are the valid bids' ids in ascending order joined by commas, "‖" is plain
 * concatenation, and every string is hashed as its UTF-8 bytes. Anyone can recompute it.
 */
public final class RandomDraw {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomDraw() {
    }

    public static String newSeed() {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        return HexFormat.of().formatHex(seed);
    }

    public static String commitment(String seed) {
        return HexFormat.of().formatHex(sha256(seed));
    }

    /** The input the winner is derived from: the seed followed by the sorted ids, comma-joined. */
    public static String drawInput(String seed, List<Long> bidIds) {
        return seed + bidIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Index into the ascending list of bid ids. */
    public static int winnerIndex(String seed, List<Long> bidIds) {
        if (bidIds.isEmpty()) {
            throw new IllegalArgumentException("no bids to draw from");
        }
        long value = ByteBuffer.wrap(sha256(drawInput(seed, bidIds)), 0, 8).getLong();
        return (int) Long.remainderUnsigned(value, bidIds.size());
    }

    public static Long winner(String seed, List<Long> bidIds) {
        return bidIds.stream().sorted().toList().get(winnerIndex(seed, bidIds));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
