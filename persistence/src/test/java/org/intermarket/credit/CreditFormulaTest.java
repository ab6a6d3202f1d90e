package org.intermarket.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import org.intermarket.credit.CreditFormula.CreditScore;
import org.junit.jupiter.api.Test;

class CreditFormulaTest {

    private static CreditScore score(long ratings, long pointSum, String supervisor, int rewards, int violations) {
        return CreditFormula.score(new CreditInputs(ratings, pointSum, supervisor == null ? null : new BigDecimal(supervisor), rewards,
                violations));
    }

    private static void assertScore(String expected, CreditLevel level, CreditScore actual) {
        assertEquals(new BigDecimal(expected), actual.score());
        assertEquals(level, actual.level());
    }

    @Test
    void anAgencyWithoutInputsStartsAtEighty() {
        assertScore("80.00", CreditLevel.B, CreditFormula.score(CreditInputs.NONE));
    }

    @Test
    void levelAStartsAtExactlyNinety() {
        assertScore("90.00", CreditLevel.A, score(0, 0, "100", 5, 0));
        assertScore("89.99", CreditLevel.B, score(0, 0, "99.96", 5, 0));
    }

    @Test
    void levelBStartsAtExactlyEighty() {
        assertScore("80.00", CreditLevel.B, score(0, 0, "80", 0, 0));
        assertScore("79.99", CreditLevel.C, score(0, 0, "79.96", 0, 0));
    }

    @Test
    void levelCStartsAtExactlySixtyAndBelowIsD() {
        assertScore("60.00", CreditLevel.C, score(0, 0, null, 0, 4 * Severity.MODERATE.points()));
        assertScore("59.99", CreditLevel.D, score(0, 0, "79.96", 0, 20));
    }

    @Test
    void theScoreIsClampedToZeroAndAHundred() {
        assertScore("100.00", CreditLevel.A, score(3, 60, "100", 5, 0));
        assertScore("0.00", CreditLevel.D, score(0, 0, null, 0, 7 * Severity.SERIOUS.points()));
        assertScore("0.00", CreditLevel.D, score(1, 4, "0", 0, 60));
    }

    @Test
    void theOwnerTermIsTheMeanOfEveryDimensionOfEveryRating() {
        // (5,5,5,5) and (3,3,3,4): mean 33 / 8 = 4.125, term (4.125 − 3) × 5 = 5.625, rounded half up at the end only
        CreditScore score = score(2, 33, null, 0, 0);
        assertScore("85.63", CreditLevel.B, score);
        assertEquals(new BigDecimal("5.63"), score.ownerTerm());
        assertScore("70.00", CreditLevel.C, score(1, 4, null, 0, 0));
        assertScore("90.00", CreditLevel.A, score(4, 80, null, 0, 0));
    }

    @Test
    void rewardsCountForAtMostFivePoints() {
        CreditScore score = score(0, 0, null, 8, 0);
        assertScore("85.00", CreditLevel.B, score);
        assertEquals(5, score.rewardPoints());
    }

    @Test
    void violationsCostTheirSeverity() {
        assertScore("78.00", CreditLevel.C, score(0, 0, null, 0, Severity.MINOR.points()));
        assertScore("75.00", CreditLevel.C, score(0, 0, null, 0, Severity.MODERATE.points()));
        assertScore("65.00", CreditLevel.C, score(0, 0, null, 0, Severity.SERIOUS.points()));
    }

    @Test
    void theWindowStarts365DaysBeforeNow() {
        assertEquals(Instant.parse("2025-11-23T08:00:00Z"), CreditWindow.start(Instant.parse("2026-11-23T08:00:00Z")));
    }
}
