package org.intermarket.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * When a bid is abnormally low (异常低价, 财政部令第87号 Art. 60; EU 2014/24 Art. 69): below {@code meanPercent} % of the
 * mean of the round's other valid bids, or below {@code ceilingPercent} % of the ceiling price; 0 turns a test off.
 * "Below" is strict, limits are rounded half-up to the cent, so a bid exactly at a limit is not marked. A marked agency
 * has {@code explainPeriod} from the close of bidding to explain its price in writing.
 *
 * <p>Copied from the settings onto each round when it is published: bidders read the rule before they bid, and a later
 * change of the settings cannot move it under them.
 */
@Embeddable
public class LowBidRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Column(name = "low_mean_percent")
    private Integer meanPercent;

    @Column(name = "low_ceiling_percent")
    private Integer ceilingPercent;

    @Column(name = "low_explain_period")
    private String explainPeriod;

    protected LowBidRule() {
    }

    public LowBidRule(int meanPercent, int ceilingPercent, Duration explainPeriod) {
        if (meanPercent < 0 || meanPercent > 100 || ceilingPercent < 0 || ceilingPercent > 100) {
            throw new IllegalArgumentException("the shares of a low-bid rule are percentages from 0 to 100");
        }
        this.meanPercent = meanPercent;
        this.ceilingPercent = ceilingPercent;
        this.explainPeriod = Objects.requireNonNull(explainPeriod).toString();
    }

    /** The same rule as a value of its own (an embedded value belongs to one entity). */
    LowBidRule copy() {
        return new LowBidRule(meanPercent, ceilingPercent, explainPeriod());
    }

    /** Whether the selection method looks at price: a direct selection is the owner's choice of one agency, not a race. */
    public static boolean appliesTo(SelectionMethod method) {
        return method != SelectionMethod.DIRECT;
    }

    /**
     * The limits a bid of {@code price} is held against, given the prices of the other valid bids of its round and the
     * round's ceiling; a limit is null when its test is off or has nothing to measure against.
     */
    public Limits limits(List<BigDecimal> otherPrices, BigDecimal ceiling) {
        BigDecimal meanLimit = null;
        if (meanPercent > 0 && !otherPrices.isEmpty()) {
            BigDecimal sum = otherPrices.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            // mean × share / 100, in one division so the only rounding is to the cent at the end.
            meanLimit = sum.multiply(BigDecimal.valueOf(meanPercent))
                    .divide(BigDecimal.valueOf(otherPrices.size()).multiply(HUNDRED), 2, RoundingMode.HALF_UP);
        }
        BigDecimal ceilingLimit = ceilingPercent > 0 && ceiling != null
                ? ceiling.multiply(BigDecimal.valueOf(ceilingPercent)).divide(HUNDRED, 2, RoundingMode.HALF_UP) : null;
        return new Limits(meanLimit, ceilingLimit);
    }

    public int meanPercent() {
        return meanPercent;
    }

    public int ceilingPercent() {
        return ceilingPercent;
    }

    public Duration explainPeriod() {
        return Duration.parse(explainPeriod);
    }

    /** The limits one bid was held against; null where a test did not apply. */
    public record Limits(BigDecimal meanLimit, BigDecimal ceilingLimit) {

        /** Strictly below either limit. */
        public boolean marks(BigDecimal price) {
            return (meanLimit != null && price.compareTo(meanLimit) < 0) || (ceilingLimit != null && price.compareTo(ceilingLimit) < 0);
        }
    }
}
