package org.intermarket.supervision;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable name of a bid-rigging signal, under which its review is kept: {@code KIND-need-round-agencyA-agencyB}
 * for a signal about two bids on one round of a need, {@code ROTATING_PAIR-agencyA-agencyB} for a
 * pair of agencies; agencyA is always the lower id. Safe in a URL path as it is.
 */
public record SignalKey(SignalKind kind, Long needId, Integer round, long agencyA, long agencyB) {

    private static final Pattern PER_NEED = Pattern.compile("([A-Z_]+)-(\\d{1,18})-(\\d{1,9})-(\\d{1,18})-(\\d{1,18})");
    private static final Pattern PAIR = Pattern.compile("([A-Z_]+)-(\\d{1,18})-(\\d{1,18})");

    public SignalKey {
        Objects.requireNonNull(kind);
        if (!kind.bidRigging()) {
            throw new IllegalArgumentException(kind + " is not a bid-rigging signal");
        }
        if (kind.perNeed() != (needId != null && round != null)) {
            throw new IllegalArgumentException(kind + (kind.perNeed() ? " needs" : " takes no") + " need and round");
        }
        if (agencyA >= agencyB) {
            throw new IllegalArgumentException("the agencies of a signal are two, the lower id first");
        }
    }

    /** The key a text names, or empty when the text is no key at all. */
    public static Optional<SignalKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            Matcher perNeed = PER_NEED.matcher(text);
            if (perNeed.matches()) {
                return Optional.of(new SignalKey(SignalKind.valueOf(perNeed.group(1)), Long.valueOf(perNeed.group(2)),
                        Integer.valueOf(perNeed.group(3)), Long.parseLong(perNeed.group(4)), Long.parseLong(perNeed.group(5))));
            }
            Matcher pair = PAIR.matcher(text);
            if (pair.matches()) {
                return Optional.of(new SignalKey(SignalKind.valueOf(pair.group(1)), null, null, Long.parseLong(pair.group(2)),
                        Long.parseLong(pair.group(3))));
            }
        } catch (IllegalArgumentException noSuchKey) {
            // An unknown kind, a number out of range or agencies out of order: not a key.
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return kind.perNeed() ? kind + "-" + needId + "-" + round + "-" + agencyA + "-" + agencyB
                : kind + "-" + agencyA + "-" + agencyB;
    }
}
