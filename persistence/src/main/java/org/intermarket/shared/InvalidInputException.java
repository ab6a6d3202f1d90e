package org.intermarket.shared;

import java.util.List;

/** Input that breaks a rule of the domain (beyond what Bean Validation declares), naming the fields. */
public class InvalidInputException extends DomainException {

    private final transient List<FieldError> fieldErrors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** A field refused for a reason with its own text ({@code error.<code>} in the bundles), not only the field's. */
    public static InvalidInputException because(String field, String code, String message) {
        return new InvalidInputException(List.of(new FieldError(field, code, message)));
    }

    public InvalidInputException(List<FieldError> fieldErrors) {
        super("invalid-input", fieldErrors.get(0).message());
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** A refused field; {@code code} names why, when the field's own text would not say it (null otherwise). */
    public record FieldError(String field, String code, String message) {

        public FieldError(String field, String message) {
            this(field, null, message);
        }
    }
}
