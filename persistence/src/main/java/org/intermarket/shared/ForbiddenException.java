package org.intermarket.shared;

/** The caller is signed in but may not do this to this object. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super("forbidden", message);
    }
}
