package org.intermarket.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIMessages;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a message belongs on a page with several forms. A failure the service reports names a field by its API
 * name ({@code bidDeadline}); an input of the submitted form declares the field it edits with
 * {@code <f:attribute name="field" value="bidDeadline"/>} (or has that id), and the message goes to it, shown by the
 * {@code <p:message>} beside it or else by the form's {@code <p:messages>}. A failure about no field goes to the
 * submitted form's messages. A form without a {@code <p:messages>}, and a view action, leave it to the page's.
 *
 * <p>Each form's {@code <p:messages>} ignores what belongs to the other forms ({@link #outside}); the page's
 * ignores what its forms show ({@link #shownByForms}), so that a refusal in one panel never shows up in the panel
 * above it and no message is lost.
 */
@Named
@ApplicationScoped
public class FormFields {

    static final String FIELD_ATTRIBUTE = "field";

    /** The client id a message about {@code field} (null for none) goes to; null for the page's messages. */
    static String clientIdFor(FacesContext faces, String field) {
        UIForm form = submittedForm(faces);
        if (form == null || !showsMessages(faces, form)) {
            return null;
        }
        UIComponent input = field == null ? null : first(faces, form, component -> component != form
                && (Objects.equals(component.getAttributes().get(FIELD_ATTRIBUTE), field)
                || component.getAttributes().get(FIELD_ATTRIBUTE) == null && field.equals(component.getId())));
        return (input == null ? form : input).getClientId(faces);
    }

    /**
     * For a form's {@code <p:messages forIgnores>}: the client ids with messages outside the form around
     * {@code messages}, space-separated.
     */
    public String outside(UIComponent messages) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent form = messages;
        while (form != null && !(form instanceof UIForm)) {
            form = form.getParent();
        }
        String own = form == null ? null : form.getClientId(faces);
        return withMessages(faces, id -> own == null || !within(faces, id, own));
    }

    /** For the page's {@code <p:messages forIgnores>}: the client ids with messages that a form's own messages show. */
    public String shownByForms() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<String> forms = new ArrayList<>();
        faces.getViewRoot().visitTree(visit(faces), (context, component) -> {
            if (component instanceof UIForm form) {
                if (showsMessages(faces, form)) {
                    forms.add(form.getClientId(faces));
                }
                return VisitResult.REJECT;
            }
            return VisitResult.ACCEPT;
        });
        return withMessages(faces, id -> forms.stream().anyMatch(form -> within(faces, id, form)));
    }

    private static String withMessages(FacesContext faces, Predicate<String> chosen) {
        List<String> ids = new ArrayList<>();
        for (Iterator<String> all = faces.getClientIdsWithMessages(); all.hasNext(); ) {
            String id = all.next();
            if (id != null && chosen.test(id)) {
                ids.add(id);
            }
        }
        return String.join(" ", ids);
    }

    private static boolean within(FacesContext faces, String clientId, String formId) {
        return clientId.equals(formId) || clientId.startsWith(formId + faces.getNamingContainerSeparatorChar());
    }

    private static boolean showsMessages(FacesContext faces, UIForm form) {
        return first(faces, form, UIMessages.class::isInstance) != null;
    }

    private static UIForm submittedForm(FacesContext faces) {
        if (faces.getViewRoot() == null || !faces.isPostback()) {
            return null;
        }
        return (UIForm) first(faces, faces.getViewRoot(), component -> component instanceof UIForm form && form.isSubmitted());
    }

    private static UIComponent first(FacesContext faces, UIComponent root, Predicate<UIComponent> wanted) {
        UIComponent[] found = new UIComponent[1];
        root.visitTree(visit(faces), (context, component) -> {
            if (wanted.test(component)) {
                found[0] = component;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    private static VisitContext visit(FacesContext faces) {
        return VisitContext.createVisitContext(faces, null, Set.of(VisitHint.SKIP_UNRENDERED));
    }
}
