package org.intermarket.shared.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtextarea.InputTextarea;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/** p:inputTextarea, but a value longer than maxlength is refused with a message instead of being cut short. */
public class StrictInputTextareaRenderer extends InputTextareaRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        String submitted = context.getExternalContext().getRequestParameterMap().get(component.getClientId(context));
        super.decode(context, component);
        // line ends count as one character, as the browser counts them
        TextLength.check(context, (InputTextarea) component, submitted == null ? null : submitted.replace("\r\n", "\n"),
                ((InputTextarea) component).getMaxlength());
    }
}
