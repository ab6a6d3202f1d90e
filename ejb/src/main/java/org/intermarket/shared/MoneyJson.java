package org.intermarket.shared;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Money in JSON as the REST contract has it (API.md, Conventions): a string with exactly two decimals,
 * {@code "125000.00"}, plain and the same in every locale. Put it on each money component with
 * {@code @JsonbTypeAdapter(MoneyJson.class)}; other decimals (scores, rates, percentages) stay JSON numbers.
 *
 * <p>Read liberally: the contract's string, or the JSON number that clients sent before the API followed
 * the contract. A string must be a plain decimal (no exponent, spaces or grouping), else {@link NotAnAmount},
 * which the REST layer answers with a 400 naming the field. Range and number of decimals are left to Bean
 * Validation ({@code @Digits}, {@code @DecimalMin}), so both forms get the same messages.
 */
public class MoneyJson implements JsonbAdapter<BigDecimal, JsonValue> {

    /** How an amount looks, for error messages and the OpenAPI description. */
    public static final String EXAMPLE = "125000.00";

    /** Bounded so that a hostile string costs nothing to check; @Digits refuses far shorter amounts anyway. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,40}(\\.\\d{1,40})?");

    @Override
    public JsonValue adaptToJson(BigDecimal amount) {
        // Stored amounts have two decimals already, so this pads "90000" to "90000.00" rather than rounds;
        // a sum or a computed amount with more decimals rounds half up (四舍五入).
        return JsonProcessing.PROVIDER.createValue(amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    @Override
    public BigDecimal adaptFromJson(JsonValue json) {
        if (json == null || json == JsonValue.NULL) {
            return null;
        }
        if (json instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (json instanceof JsonString text && PLAIN_DECIMAL.matcher(text.getString()).matches()) {
            return new BigDecimal(text.getString());
        }
        throw new NotAnAmount();
    }

    /** A money value that is neither a plain decimal string nor a JSON number; its message is fit for the client. */
    public static final class NotAnAmount extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        NotAnAmount() {
            super("must be an amount such as \"" + EXAMPLE + "\"");
        }
    }
}
