package org.intermarket.shared.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Objects;
import org.primefaces.component.outputlabel.OutputLabel;

/**
 * Refuses a field's submitted value, with a message that names the field and the limit, instead of letting
 * PrimeFaces change it quietly (it cuts text at maxlength and moves numbers into their range). The field is
 * marked invalid, so nothing of the form reaches the model, and the page says what was wrong.
 */
final class FieldRefusal {

    private FieldRefusal() {
    }

    static void refuse(FacesContext context, UIInput field, String key, Object... arguments) {
        Object[] withLabel = new Object[arguments.length + 1];
        withLabel[0] = label(field);
        System.arraycopy(arguments, 0, withLabel, 1, arguments.length);
        field.setValid(false);
        context.addMessage(field.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(key, withLabel), null));
    }

    /** The field's label: its own, or the one of the p:outputLabel beside it (set only once rendered), or its id. */
    private static String label(UIInput field) {
        Object own = field.getAttributes().get("label");
        if (own != null) {
            return own.toString();
        }
        UIComponent parent = field.getParent();
        if (parent != null) {
            for (UIComponent sibling : parent.getChildren()) {
                if (sibling instanceof OutputLabel label && Objects.equals(label.getFor(), field.getId()) && label.getValue() != null) {
                    return label.getValue().toString();
                }
            }
        }
        return field.getId();
    }
}
