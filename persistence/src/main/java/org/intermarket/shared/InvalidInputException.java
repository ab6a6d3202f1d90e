package org.intermarket.shared;

import java.util.List;

/** Input that breaks a rule of the domain (beyond what Bean Validation declares), naming the fields. */
public class InvalidInputException extends DomainException {

    private final transient List<FieldError> fieldErrors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> fieldErrors) {
        super("invalid-input", fieldErrors.get(0).message());
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public record FieldError(String field, String message) {
    }
}
