package org.intermarket.shared;

/** The object does not exist, or the caller may not know that it exists. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("not-found", what + " " + id + " does not exist");
    }
}
