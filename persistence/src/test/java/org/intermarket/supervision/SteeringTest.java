package org.intermarket.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SteeringTest {

    private static final double EXACT = 1e-12;

    @Test
    void theTailIsTheSumOfTheBinomialTermsFromK() {
        // 5 of 5 at p = 1/4: (1/4)^5
        assertEquals(0.0009765625, Steering.tailAtLeast(5, 5, 0.25), EXACT);
        // 3 or more of 5 at p = 0.2: 10·0.2³·0.8² + 5·0.2⁴·0.8 + 0.2⁵
        assertEquals(0.05792, Steering.tailAtLeast(3, 5, 0.2), EXACT);
        // 2 or more of 10 at p = 0.1: 1 − 0.9¹⁰ − 10·0.1·0.9⁹
        assertEquals(1 - Math.pow(0.9, 10) - Math.pow(0.9, 9), Steering.tailAtLeast(2, 10, 0.1), EXACT);
        // the whole distribution, and nothing beyond n
        assertEquals(1, Steering.tailAtLeast(0, 7, 0.3), EXACT);
        assertEquals(0, Steering.tailAtLeast(8, 7, 0.3), EXACT);
        assertEquals(0, Steering.tailAtLeast(1, 7, 0), EXACT);
        assertEquals(1, Steering.tailAtLeast(7, 7, 1), EXACT);
    }

    @Test
    void largeCountsNeitherUnderflowNorExceedOne() {
        // 600 of 1,000 at p = 0.5: tiny but not zero; 400 or more of 1,000 at p = 0.5: nearly one
        double far = Steering.tailAtLeast(600, 1000, 0.5);
        assertTrue(far > 0 && far < 1e-9, "far tail " + far);
        double near = Steering.tailAtLeast(400, 1000, 0.5);
        assertTrue(near > 0.999999 && near <= 1, "near tail " + near);
        // symmetric: P[X >= 501] + P[X >= 500] = 1 for n = 1000, p = 1/2
        assertEquals(1, Steering.tailAtLeast(501, 1000, 0.5) + Steering.tailAtLeast(500, 1000, 0.5), 1e-9);
    }

    @Test
    void theSignalStandsAtOnePercentAndFromFiveAwards() {
        // 5 of 5 while holding 5 of the market's 15 awards: (1/3)^5 = 0.41 %
        assertTrue(Steering.steered(5, 5, 5, 15));
        // 5 of 5 while holding 8 of 20: 0.4^5 = 1.024 %, just above the line
        assertFalse(Steering.steered(5, 5, 8, 20));
        // 5 of 5 while holding 39 of 100: 0.39^5 = 0.902 %, just below it
        assertTrue(Steering.steered(5, 5, 39, 100));
        // 3 of 5 while holding 3 of 15: 5.8 %
        assertFalse(Steering.steered(3, 5, 3, 15));
        // 4 of 4 while holding 4 of 15 would be 0.5 %, but four awards are too few to judge
        assertFalse(Steering.steered(4, 4, 4, 15));
        assertFalse(Steering.steered(0, 5, 0, 0));
    }

    @Test
    void aDistributionNeedsAProbability() {
        assertThrows(IllegalArgumentException.class, () -> Steering.tailAtLeast(1, 5, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Steering.tailAtLeast(1, 5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Steering.tailAtLeast(1, -1, 0.5));
    }
}
