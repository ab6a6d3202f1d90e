package org.intermarket.shared;

import java.util.List;
import java.util.Optional;

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
    private final transient List<Object> arguments;
    private String field;

    protected DomainException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    /**
     * Names the input the failure is about, by its field name in the API (e.g. {@code bidDeadline}), so that a form
     * shows the message beside that field and a problem body names it.
     */
    public DomainException about(String field) {
        this.field = field;
        return this;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** A stable, machine-readable name of the failure, e.g. {@code catalog.item-retired}. */
    public String code() {
        return code;
    }

    /**
     * The values the message names (a time, a period, an amount), for the page's own words: the bundle's
     * {@code error.<code>} is a pattern with {@code {0}}, {@code {1}}… in this order.
     */
    public List<Object> arguments() {
        return arguments;
    }
}
