package org.intermarket.shared.api;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses, the one shape of every REST error. */
public final class Problems {

    private Problems() {
    }

    public static Response of(int status, String code, String detail) {
        return of(status, code, detail, List.of());
    }

    public static Response of(int status, String code, String detail, List<Problem.FieldProblem> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(code, title, status, detail, errors))
                .build();
    }
}
