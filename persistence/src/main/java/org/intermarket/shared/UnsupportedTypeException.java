package org.intermarket.shared;

/** An upload whose content is not one of the accepted kinds, whatever its name says. */
public class UnsupportedTypeException extends DomainException {

    public UnsupportedTypeException(String accepted) {
        super("file.unsupported-type", "the file content is not an accepted type (" + accepted + ")");
    }
}
