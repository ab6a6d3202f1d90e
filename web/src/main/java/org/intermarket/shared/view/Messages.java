package org.intermarket.shared.view;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.intermarket.shared.ConcurrentUpdate;
import org.intermarket.shared.DomainException;
import org.intermarket.shared.InvalidInputException;
import org.intermarket.shared.web.ConstraintText;
import org.intermarket.shared.web.LanguageFilter;
import org.intermarket.shared.web.ViolatedField;

/** Puts messages from the page bundle on the page, in the page's language. */
public final class Messages {

    private static final String BUNDLE = "org.intermarket.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = bundle().getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    /** The page bundle in the page's language. */
    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale());
    }

    /** The page's language: the language cookie, not the view root, since a view action runs before {@code <f:view locale>} is applied. */
    static Locale locale() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return LanguageFilter.languageOf(request).locale();
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** An error the page found itself; the form keeps what the user typed. */
    public static void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().validationFailed();
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Runs a page action; a business failure or invalid input becomes messages in the user's
     * language instead of an error page. True when the action succeeded.
     */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainException failure) {
            failure(failure);
        } catch (ConstraintViolationException invalid) {
            invalid(invalid);
        } catch (EJBException failure) {
            if (!ConcurrentUpdate.causedBy(failure)) {
                throw failure;
            }
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.validationFailed();
            add(FormFields.clientIdFor(faces, null), FacesMessage.SEVERITY_ERROR, text("error.concurrent-update"));
        }
        return false;
    }

    /**
     * A business failure, in the user's language where the bundle knows its code or field, beside the input it is
     * about when the submitted form has one (see {@link FormFields}), else in that form's messages.
     */
    public static void failure(DomainException failure) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        if (failure instanceof InvalidInputException invalid) {
            invalid.fieldErrors().forEach(error -> add(FormFields.clientIdFor(faces, error.field()), FacesMessage.SEVERITY_ERROR,
                    error.code() == null ? textOr("error.field." + error.field(), error.message())
                            : textOr("error." + error.code(), textOr("error.field." + error.field(), error.message()))));
            return;
        }
        Formats formats = new Formats();
        Object[] shown = failure.arguments().stream().map(formats::shown).toArray();
        add(FormFields.clientIdFor(faces, failure.field().orElse(null)), FacesMessage.SEVERITY_ERROR,
                textOr("error." + failure.code(), failure.getMessage(), shown));
    }

    /** Service-side validation that the page did not catch: one message per field, in the page language. */
    public static void invalid(ConstraintViolationException invalid) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        invalid.getConstraintViolations().forEach(violation -> {
            String field = ViolatedField.of(violation);
            String text = ConstraintText.of(violation, LanguageFilter.languageOf(request).locale())
                    .orElseGet(() -> textOr("error.field." + field, field + ": " + violation.getMessage()));
            add(FormFields.clientIdFor(faces, field), FacesMessage.SEVERITY_ERROR, text);
        });
    }

    /** The bundle's text for {@code key}, or {@code fallback} where the bundle has none. */
    static String textOr(String key, String fallback, Object... arguments) {
        try {
            return text(key, arguments);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
