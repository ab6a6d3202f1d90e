package org.intermarket.supervision;

/**
 * The test behind the {@link SignalKind#STEERING} signal (指定中介): does one agency win one owner's needs of one item
 * far more often than its share of that item in the whole market predicts? If the owner's awards were drawn like the
 * market's, the number X of them the agency wins would be binomial with n = the owner's awarded needs of the item and
 * p = the agency's share of all awards of the item in the market. The signal stands when the one-sided tail
 * P[X ≥ k] for the k it did win is at most {@link #SIGNIFICANCE} (1 %), and only when n ≥ {@link #MIN_AWARDED}:
 * fewer awards say nothing either way (five of five at p = 0.40 is still 1.0 %).
 */
public final class Steering {

    /** The fewest awarded needs of an owner and item the test is run on. */
    public static final int MIN_AWARDED = 5;

    /** The largest tail probability that still raises the signal. */
    public static final double SIGNIFICANCE = 0.01;

    private Steering() {
    }

    /**
     * Whether an agency that won {@code won} of an owner's {@code awarded} needs of an item, and {@code wonInMarket} of
     * the market's {@code awardsInMarket} awards of it, was chosen far more often than its share predicts.
     */
    public static boolean steered(long won, long awarded, long wonInMarket, long awardsInMarket) {
        if (awarded < MIN_AWARDED || awardsInMarket <= 0) {
            return false;
        }
        return tailAtLeast(won, awarded, (double) wonInMarket / awardsInMarket) <= SIGNIFICANCE;
    }

    /**
     * P[X ≥ k] for X binomial(n, p): the sum of C(n, i) pⁱ (1 − p)ⁿ⁻ⁱ for i from k to n, added in logarithms so that
     * no term underflows before the others are added to it.
     */
    public static double tailAtLeast(long k, long n, double p) {
        if (n < 0 || p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("a binomial distribution has n >= 0 and 0 <= p <= 1: n = " + n + ", p = " + p);
        }
        if (k <= 0) {
            return 1;
        }
        if (k > n) {
            return 0;
        }
        if (p == 0) {
            return 0;
        }
        if (p == 1) {
            return 1;
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double logChoose = 0;
        for (long j = 1; j <= k; j++) {
            logChoose += Math.log((double) (n - k + j) / j);
        }
        double[] logTerms = new double[(int) (n - k + 1)];
        double largest = Double.NEGATIVE_INFINITY;
        for (long i = k; i <= n; i++) {
            if (i > k) {
                logChoose += Math.log((double) (n - i + 1) / i);
            }
            double logTerm = logChoose + i * logP + (n - i) * logQ;
            logTerms[(int) (i - k)] = logTerm;
            largest = Math.max(largest, logTerm);
        }
        double sum = 0;
        for (double logTerm : logTerms) {
            sum += Math.exp(logTerm - largest);
        }
        return Math.min(1, Math.exp(largest) * sum);
    }
}
