package org.intermarket.shared.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import org.primefaces.component.inputnumber.InputNumber;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * p:inputNumber, but a number PrimeFaces would move into [minValue, maxValue] is refused with a message naming
 * the bound, and a value that is no number at all is a message too. PrimeFaces moves an out-of-range number to
 * the nearest bound without a word (a ceiling of -100 was saved as 100.00, 0 days as 1) and answers a non-number
 * with a 500.
 */
public class StrictInputNumberRenderer extends InputNumberRenderer {

    /** No quantity of this market has more characters; a longer one is not parsed at all. */
    private static final int MAX_NUMBER_LENGTH = 40;

    @Override
    public void decode(FacesContext context, UIComponent component) {
        InputNumber field = (InputNumber) component;
        String raw = context.getExternalContext().getRequestParameterMap().get(field.getClientId(context) + "_hinput");
        if (raw == null || raw.isBlank()) {
            super.decode(context, component);
            return;
        }
        String typed = raw.strip();
        BigDecimal number;
        try {
            if (typed.length() > MAX_NUMBER_LENGTH) {
                throw new NumberFormatException("too long");
            }
            number = new BigDecimal(typed);
        } catch (NumberFormatException notANumber) {
            FieldRefusal.refuse(context, field, "constraint.not-a-number", shorten(typed));
            return;
        }
        super.decode(context, component);
        if (field.getSubmittedValue() instanceof String kept && !kept.isBlank()) {
            int moved = new BigDecimal(kept).compareTo(number);
            if (moved != 0) {
                field.setSubmittedValue(null);
                FieldRefusal.refuse(context, field, moved > 0 ? "constraint.below-minimum" : "constraint.above-maximum",
                        new BigDecimal(kept).toPlainString(), typed);
            }
        }
    }

    private static String shorten(String typed) {
        return typed.length() <= MAX_NUMBER_LENGTH ? typed : typed.substring(0, MAX_NUMBER_LENGTH) + "…";
    }
}
