package org.intermarket.shared.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputText;
import org.primefaces.component.inputtext.InputTextRenderer;

/** p:inputText, but a value longer than maxlength is refused with a message instead of being cut short. */
public class StrictInputTextRenderer extends InputTextRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        String submitted = context.getExternalContext().getRequestParameterMap().get(component.getClientId(context));
        super.decode(context, component);
        TextLength.check(context, (InputText) component, submitted, ((InputText) component).getMaxlength());
    }
}
