package org.intermarket.shared.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * p:messages, with each message an item of its list. PrimeFaces writes {@code <li role="alert">}, and a role on an
 * {@code li} takes away what makes it a list item: screen readers no longer say "list, 2 items", and axe-core's rule
 * {@code list} (serious) fails every page that shows a message. The messages' container is an {@code aria-live}
 * region already, so a message shown by an update is still read out.
 */
public class ListedMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, org.primefaces.component.messages.Messages messages, FacesMessage message,
                                 String severity, boolean escape) throws IOException {
        super.encodeMessage(new ListItemWriter(writer), messages, message, severity, escape);
    }

    /** Passes everything through but the {@code role} of an {@code li}. */
    private static final class ListItemWriter extends ResponseWriterWrapper {

        private String element;

        ListItemWriter(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && "role".equals(name)) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
