package org.intermarket.shared.web;

import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The words for a Bean Validation failure whose template names a reason of ours ({@code {password.too-short}}):
 * the page bundle's {@code constraint.password.too-short}, in the language asked for. The REST problems use
 * English, the pages their own language; standard constraints keep the validator's own message.
 */
public final class ConstraintText {

    private static final String BUNDLE = "org.intermarket.i18n.messages";

    private ConstraintText() {
    }

    public static Optional<String> of(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template == null || !template.startsWith("{") || !template.endsWith("}") || template.startsWith("{jakarta.")
                || template.startsWith("{org.hibernate.")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ResourceBundle.getBundle(BUNDLE, locale).getString("constraint." + template.substring(1, template.length() - 1)));
        } catch (MissingResourceException unknown) {
            return Optional.empty();
        }
    }

    /** The text in English, the API's language, else the validator's message. */
    public static String english(ConstraintViolation<?> violation) {
        return of(violation, Locale.ENGLISH).orElse(violation.getMessage());
    }
}
