package org.intermarket.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of a filtered list, read with two statements: the rows of the page and the count of all of them. The
 * filters a caller sets become one WHERE clause, and the same parameters are bound to both statements, so the count
 * always counts what the rows list. Conditions are JPQL with named parameters; each is added only when its filter is
 * set, e.g. {@code if (status != null) list.and("n.status = :status", "status", status)}.
 */
public final class ListQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, Object> rowHints = new LinkedHashMap<>();
    private String seek;
    private final Map<String, Object> seekParameters = new LinkedHashMap<>();

    /** A condition without parameters, or whose parameters are bound with {@link #bind}. */
    public ListQuery and(String condition) {
        conditions.add(Objects.requireNonNull(condition));
        return this;
    }

    /** A condition with its one named parameter. */
    public ListQuery and(String condition, String name, Object value) {
        return and(condition).bind(name, value);
    }

    /** A named parameter of a condition; a name bound twice must mean the same value in both statements. */
    public ListQuery bind(String name, Object value) {
        Object earlier = parameters.putIfAbsent(Objects.requireNonNull(name), value);
        if (earlier != null && !earlier.equals(value)) {
            throw new IllegalArgumentException("parameter " + name + " is bound to " + earlier + " and to " + value);
        }
        return this;
    }

    /** A hint for the rows statement only (a fetch graph): the count fetches nothing. */
    public ListQuery rowsHint(String name, Object value) {
        rowHints.put(name, value);
        return this;
    }

    /**
     * Where the rows of this page start, as a condition on the order's columns (keyset pagination): applied to the rows
     * statement only, with no offset, so that the count still counts the whole list. The page number is then only
     * the caller's, given back as it came.
     */
    public ListQuery seek(String condition, Map<String, Object> boundary) {
        this.seek = Objects.requireNonNull(condition);
        this.seekParameters.putAll(boundary);
        return this;
    }

    /** The WHERE clause of both statements, with a leading space; empty without conditions. */
    public String where() {
        if (conditions.isEmpty()) {
            return "";
        }
        // Each condition in parentheses: one with an OR cannot swallow the conditions around it.
        return " WHERE (" + String.join(") AND (", conditions) + ")";
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    /**
     * Reads one page. {@code select} and {@code count} are the heads of the two statements, up to the WHERE (the rows
     * head may fetch-join what the count needs not); {@code orderBy} follows the WHERE of the rows statement only. An
     * empty first page needs no count: the total is 0.
     */
    public <R> Page<R> page(EntityManager em, String select, String count, String orderBy, Class<R> type, PageRequest page) {
        String where = where();
        String rowsWhere = seek == null ? where : (where.isEmpty() ? " WHERE (" : where + " AND (") + seek + ")";
        TypedQuery<R> rows = em.createQuery(select + rowsWhere + " " + orderBy, type);
        rowHints.forEach(rows::setHint);
        parameters.forEach(rows::setParameter);
        seekParameters.forEach(rows::setParameter);
        List<R> found = rows.setFirstResult(seek == null ? page.offset() : 0).setMaxResults(page.size()).getResultList();
        if (found.isEmpty() && page.page() == 0 && seek == null) {
            return new Page<>(found, page.page(), page.size(), 0);
        }
        TypedQuery<Long> total = em.createQuery(count + where, Long.class);
        parameters.forEach(total::setParameter);
        return new Page<>(found, page.page(), page.size(), total.getSingleResult());
    }
}
