package org.intermarket.registry;

import java.util.Locale;
import java.util.regex.Pattern;
import org.intermarket.shared.InvalidInputException;

/**
 * No regional barrier may be put up (零限制): a rejection, sanction or violation whose reason is
 * about where an agency comes from is refused outright.
 */
public final class RegionalGrounds {

    private static final Pattern REGIONAL_GROUNDS = Pattern.compile(
            "外地|本地|非本市|非本省|外省|外市|属地|地域|户籍|\\bregion|\\blocal\\b|\\bnon-local|out-of-(town|province)",
            Pattern.CASE_INSENSITIVE);

    private RegionalGrounds() {
    }

    public static void refuse(String field, String text) {
        if (text != null && REGIONAL_GROUNDS.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            throw InvalidInputException.because(field, "regional-ground", "an agency's region or origin is never a ground (no regional barriers)");
        }
    }
}
