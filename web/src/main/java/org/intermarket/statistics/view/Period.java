package org.intermarket.statistics.view;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A period row's key read back ("2024-03", "2024-Q1", "2024"): its first and last day, and its name in a language. */
record Period(LocalDate first, LocalDate last, Kind kind) {

    enum Kind {
        MONTH, QUARTER, YEAR
    }

    static Period parse(String key) {
        if (key.contains("-Q")) {
            int year = Integer.parseInt(key.substring(0, 4));
            int quarter = Integer.parseInt(key.substring(6));
            LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            return new Period(first, first.plusMonths(3).minusDays(1), Kind.QUARTER);
        }
        if (key.length() == 4) {
            int year = Integer.parseInt(key);
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Kind.YEAR);
        }
        YearMonth month = YearMonth.parse(key);
        return new Period(month.atDay(1), month.atEndOfMonth(), Kind.MONTH);
    }

    String label(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        int quarter = (first.getMonthValue() - 1) / 3 + 1;
        return switch (kind) {
            case MONTH -> chinese ? first.getYear() + "年" + first.getMonthValue() + "月"
                    : DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH).format(first);
            case QUARTER -> chinese ? first.getYear() + "年第" + quarter + "季度" : "Q" + quarter + " " + first.getYear();
            case YEAR -> chinese ? first.getYear() + "年" : String.valueOf(first.getYear());
        };
    }
}
