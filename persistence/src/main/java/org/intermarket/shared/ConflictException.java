package org.intermarket.shared;

/** The request is valid but clashes with the current state: wrong state, duplicate, too late. */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
