package org.intermarket.shared.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/** Bean Validation failures, at the REST boundary or on a service's parameters: 400 naming each field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return map(exception);
    }

    static Response map(ConstraintViolationException exception) {
        List<Problem.FieldProblem> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldProblem(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldProblem::field))
                .toList();
        String detail = errors.isEmpty() ? "the request is invalid"
                : errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return Problems.of(400, "invalid-input", detail, errors);
    }

    /** The property path without the method and parameter nodes: "organisation.creditCode". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringJoiner field = new StringJoiner(".");
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                field.add(node.getName());
            }
        }
        String name = field.toString();
        if (!name.isEmpty()) {
            return name;
        }
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        return parameter == null ? "body" : parameter;
    }
}
