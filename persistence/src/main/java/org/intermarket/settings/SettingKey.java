package org.intermarket.settings;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** The configurable numbers of the market (DOMAIN.md, marked *), with their kinds and defaults. */
public enum SettingKey {
    MIN_BIDDING_PERIOD("minBiddingPeriod", Kind.DURATION, "P3D"),
    NOTICE_PERIOD("noticePeriod", Kind.DURATION, "P3D"),
    SIGNING_PERIOD("signingPeriod", Kind.DURATION, "P5D"),
    AMENDMENT_MIN_REMAINING("amendmentMinRemaining", Kind.DURATION, "P2D"),
    RATING_PERIOD("ratingPeriod", Kind.DURATION, "P15D"),
    RECTIFICATION_PERIOD("rectificationPeriod", Kind.DURATION, "P10D"),
    QUALIFICATION_EXPIRY_WARNING("qualificationExpiryWarning", Kind.DURATION, "P30D"),
    BLACKLIST_PERIOD("blacklistPeriod", Kind.DURATION, "P365D"),
    DIRECT_SELECTION_CEILING("directSelectionCeiling", Kind.MONEY, "100000.00"),
    MAX_UPLOAD_BYTES("maxUploadBytes", Kind.COUNT, "52428800"),
    LOGIN_LOCK_THRESHOLD("loginLockThreshold", Kind.COUNT, "5"),
    LOGIN_LOCK_DURATION("loginLockDuration", Kind.DURATION, "PT15M"),
    /** How long after its deadline a need closes: time for a bid received just in time to be stored (BidService). */
    BID_SETTLE_PERIOD("bidSettlePeriod", Kind.DURATION, "PT5S"),
    /**
     * A bid below this share of the mean of the round's other valid bids is abnormally low (LowBidRule): half, as
     * evaluators commonly read 87号令 Art. 60's "明显低于其他通过符合性审查投标人的报价"; 0 turns the test off.
     */
    LOW_BID_MEAN_PERCENT("lowBidMeanPercent", Kind.PERCENT, "50"),
    /** …or below this share of the ceiling price; 0 turns the test off. */
    LOW_BID_CEILING_PERCENT("lowBidCeilingPercent", Kind.PERCENT, "30"),
    /** How long a marked agency has, from the close of bidding, to explain its price in writing. */
    LOW_BID_EXPLAIN_PERIOD("lowBidExplainPeriod", Kind.DURATION, "P3D");

    /** How a value is written and what makes it valid. */
    public enum Kind {
        /** ISO-8601 duration such as P3D or PT30S, longer than zero. */
        DURATION,
        /** CNY amount with at most two decimals, more than zero, written with two. */
        MONEY,
        /** A whole number of at least one. */
        COUNT,
        /** A whole number of percent from 0 to 100. */
        PERCENT
    }

    /** As many as a need's ceiling price (NUMERIC(14, 2)), which the money settings are compared with. */
    private static final int MAX_MONEY_DIGITS = 12;

    private final String key;
    private final Kind kind;
    private final String defaultValue;

    SettingKey(String key, Kind kind, String defaultValue) {
        this.key = key;
        this.kind = kind;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public static SettingKey byKey(String key) {
        for (SettingKey candidate : values()) {
            if (candidate.key.equals(key)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("there is no setting named " + key);
    }

    /**
     * Checks a value and returns it in its stored form, or throws {@link IllegalArgumentException}
     * saying what is wrong.
     */
    public String normalise(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " needs a value");
        }
        String trimmed = value.trim();
        switch (kind) {
            case DURATION -> {
                Duration duration;
                try {
                    duration = Duration.parse(trimmed);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as P3D or PT30S");
                }
                if (duration.isNegative() || duration.isZero()) {
                    throw new IllegalArgumentException(key + " must be longer than zero");
                }
                return trimmed.toUpperCase();
            }
            case MONEY -> {
                BigDecimal amount;
                try {
                    amount = new BigDecimal(trimmed);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(key + " must be an amount such as \"100000.00\"");
                }
                if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
                    throw new IllegalArgumentException(key + " must be more than zero with at most two decimals");
                }
                // Checked before setScale, which would spell out "1e999999999" in full; a ceiling price has 12 digits at most.
                if (amount.precision() - amount.scale() > MAX_MONEY_DIGITS) {
                    throw new IllegalArgumentException(key + " must have at most " + MAX_MONEY_DIGITS + " digits before the decimal point");
                }
                return amount.setScale(2).toPlainString();
            }
            case COUNT -> {
                long count;
                try {
                    count = Long.parseLong(trimmed);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(key + " must be a whole number");
                }
                if (count < 1) {
                    throw new IllegalArgumentException(key + " must be at least 1");
                }
                return Long.toString(count);
            }
            case PERCENT -> {
                int percent;
                try {
                    percent = Integer.parseInt(trimmed);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(key + " must be a whole number of percent");
                }
                if (percent < 0 || percent > 100) {
                    throw new IllegalArgumentException(key + " must be from 0 to 100 (percent)");
                }
                return Integer.toString(percent);
            }
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
    }
}
