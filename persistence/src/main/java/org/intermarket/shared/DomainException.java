package org.intermarket.shared;

/**
 * A business failure a caller can understand and act on. Subclasses say which kind;
 * the web layer maps each kind to one HTTP status and one problem type, and pages
 * look up {@link #code()} in the message bundle to show it in the user's language.
 *
 * <p>Declared an EJB application exception (rollback) in ejb-jar.xml, so that this
 * module stays free of EJB.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, machine-readable name of the failure, e.g. {@code catalog.item-retired}. */
    public String code() {
        return code;
    }
}
