package org.intermarket.shared.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** An RFC 9457 problem details body; {@code errors} names invalid fields. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:intermarket:problem:";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final List<FieldProblem> errors;

    public Problem(String code, String title, int status, String detail, List<FieldProblem> errors) {
        this.type = TYPE_PREFIX + code;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public List<FieldProblem> getErrors() {
        return errors;
    }

    public record FieldProblem(String field, String message) {
    }
}
