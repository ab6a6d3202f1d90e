package org.intermarket.shared.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.intermarket.shared.ClockProducer;

/** How a cell's value reads in a file: numbers plain (no grouping, no exponent), times in the market's zone. */
final class Cells {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ClockProducer.MARKET_ZONE);

    private Cells() {
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (cell instanceof Instant instant) {
            return TIME.format(instant);
        }
        return cell.toString();
    }
}
