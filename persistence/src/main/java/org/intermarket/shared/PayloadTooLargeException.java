package org.intermarket.shared;

/** An upload bigger than the configured limit. */
public class PayloadTooLargeException extends DomainException {

    public PayloadTooLargeException(long limit) {
        super("file.too-large", "the file is larger than the limit of " + limit + " bytes");
    }
}
