package org.intermarket.statistics;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.intermarket.shared.MoneyJson;

/**
 * The figures of DOMAIN.md "Supervision and statistics" for one row of a report. Counts are exact;
 * the derived figures are null where their denominator is zero (no closed need, no contract).
 *
 * @param agencies           agencies admitted in the period (入驻)
 * @param owners             owners who published at least one need
 * @param needsPublished     needs published
 * @param needsClosed        of those, needs whose bidding has ended (the base of the bid figures)
 * @param bids               bids on the closed needs, withdrawn ones aside
 * @param meanBidsPerNeed    bids ÷ closed needs, 2 decimals
 * @param needsFailed        closed needs that failed for want of bids
 * @param failedRate         failed ÷ closed needs, a proportion with 4 decimals
 * @param transactions       contracts concluded (办件数): signed by the owner and confirmed by the agency
 * @param contractValue      their total price, yuan
 * @param savingRate         1 − Σ price ÷ Σ ceiling over contracts whose need had a ceiling, 4 decimals
 * @param meanDaysToContract mean days from publishing a need to concluding its contract, 1 decimal
 * @param overdueDeliveries  contracts that became overdue in the period
 * @param rectifications     rectifications opened after a bad rating
 */
public record Figures(long agencies, long owners, long needsPublished, long needsClosed, long bids, BigDecimal meanBidsPerNeed,
                      long needsFailed, BigDecimal failedRate, long transactions,
                      @JsonbTypeAdapter(MoneyJson.class)
                      @Schema(type = SchemaType.STRING, example = MoneyJson.EXAMPLE) BigDecimal contractValue,
                      BigDecimal savingRate, BigDecimal meanDaysToContract, long overdueDeliveries, long rectifications) {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    /** Sums read from the database, before the derived figures are worked out. */
    static final class Builder {
        long agencies;
        long owners;
        long needsPublished;
        long needsClosed;
        long bids;
        long needsFailed;
        long transactions;
        BigDecimal contractValue = BigDecimal.ZERO;
        BigDecimal pricesUnderCeiling;
        BigDecimal ceilings;
        BigDecimal secondsToContract;
        long overdueDeliveries;
        long rectifications;

        Figures build() {
            return new Figures(agencies, owners, needsPublished, needsClosed, bids, ratio(BigDecimal.valueOf(bids), needsClosed, 2),
                    needsFailed, ratio(BigDecimal.valueOf(needsFailed), needsClosed, 4), transactions,
                    contractValue.setScale(2, RoundingMode.HALF_UP), savingRate(), meanDays(), overdueDeliveries, rectifications);
        }

        private BigDecimal savingRate() {
            if (ceilings == null || ceilings.signum() == 0 || pricesUnderCeiling == null) {
                return null;
            }
            return BigDecimal.ONE.subtract(pricesUnderCeiling.divide(ceilings, 4, RoundingMode.HALF_UP));
        }

        private BigDecimal meanDays() {
            if (transactions == 0 || secondsToContract == null) {
                return null;
            }
            return secondsToContract.divide(SECONDS_PER_DAY.multiply(BigDecimal.valueOf(transactions)), 1, RoundingMode.HALF_UP);
        }

        private static BigDecimal ratio(BigDecimal numerator, long denominator, int scale) {
            return denominator == 0 ? null : numerator.divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
        }
    }
}
