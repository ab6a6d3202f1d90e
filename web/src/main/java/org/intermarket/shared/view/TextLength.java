package org.intermarket.shared.view;

import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

/** The one rule of the strict text renderers: more than maxlength characters is refused, and said. */
final class TextLength {

    private TextLength() {
    }

    static void check(FacesContext context, UIInput field, String submitted, int maxlength) {
        if (submitted != null && maxlength > 0 && submitted.length() > maxlength) {
            FieldRefusal.refuse(context, field, "constraint.too-long", maxlength, submitted.length());
        }
    }
}
