package org.intermarket.shared.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.intermarket.shared.web.ConstraintText;
import org.intermarket.shared.web.ViolatedField;

/** Bean Validation failures, at the REST boundary or on a service's parameters: 400 naming each field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return map(exception);
    }

    static Response map(ConstraintViolationException exception) {
        List<Problem.FieldProblem> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldProblem(ViolatedField.of(violation), ConstraintText.english(violation)))
                .sorted(Comparator.comparing(Problem.FieldProblem::field))
                .toList();
        String detail = errors.isEmpty() ? "the request is invalid"
                : errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return Problems.of(400, "invalid-input", detail, errors);
    }
}
