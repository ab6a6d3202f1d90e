package org.intermarket.supervision;

import org.intermarket.supervision.Signal.Review;

/**
 * One owner's needs of one item won by one agency far more often than its market share predicts (指定中介); the test
 * is {@link Steering}.
 *
 * @param won how many of the owner's awarded needs of the item the agency won (k)
 * @param awarded the owner's awarded needs of the item (n)
 * @param wonInMarket the agency's awards of the item in the whole market
 * @param awardsInMarket every award of the item in the market
 * @param tail P[X ≥ k] for X binomial(n, wonInMarket / awardsInMarket): at most 1 % for every signal
 */
public record SteeringSignal(String key, Long ownerId, String ownerName, String itemCode, Long agencyId, String agencyName, long won,
                             long awarded, long wonInMarket, long awardsInMarket, double tail, Review review) implements InfluenceSignal {

    static final String PREFIX = SignalKind.STEERING + "-";

    /** The item code last: it may hold hyphens, the ids cannot. */
    static String key(long ownerId, long agencyId, String itemCode) {
        return PREFIX + ownerId + "-" + agencyId + "-" + itemCode;
    }

    /** The agency's share of the item's awards in the market, the p of the test. */
    public double share() {
        return (double) wonInMarket / awardsInMarket;
    }

    @Override
    public SignalKind kind() {
        return SignalKind.STEERING;
    }

    @Override
    public String summary() {
        return "owner " + ownerId + " (" + ownerName + "), item " + itemCode + ": agency " + agencyId + " (" + agencyName + ") won " + won
                + " of " + awarded + " against a market share of " + wonInMarket + " of " + awardsInMarket + ", P[X >= " + won + "] = "
                + String.format(java.util.Locale.ROOT, "%.3g", tail);
    }

    SteeringSignal reviewedAs(Review review) {
        return new SteeringSignal(key, ownerId, ownerName, itemCode, agencyId, agencyName, won, awarded, wonInMarket, awardsInMarket, tail,
                review);
    }
}
