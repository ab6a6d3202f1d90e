package org.intermarket.shared.api;

import jakarta.json.bind.JsonbException;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.intermarket.shared.MoneyJson;

/**
 * Which field of a request body JSON-B could not read, so that the 400 can name it as a Bean Validation
 * failure would ("weights.price"). Yasson names the property only in its messages, one per level of
 * nesting ("Unable to deserialize property 'price' because of: …", pinned by MoneyJsonTest); with any other
 * wording there is simply no field to name.
 */
final class UnreadableField {

    private static final Pattern YASSON_PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)' because of:");
    private static final String UNREADABLE = "cannot be read as the expected type";

    private UnreadableField() {
    }

    static Optional<Problem.FieldProblem> of(Throwable exception) {
        StringJoiner path = new StringJoiner(".");
        String message = UNREADABLE;
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JsonbException && cause.getMessage() != null) {
                Matcher property = YASSON_PROPERTY.matcher(cause.getMessage());
                if (property.lookingAt()) {
                    path.add(property.group(1));
                }
            }
            if (cause instanceof MoneyJson.NotAnAmount) {
                message = cause.getMessage();
            }
        }
        return path.length() == 0 ? Optional.empty() : Optional.of(new Problem.FieldProblem(path.toString(), message));
    }
}
