package org.vigil.api.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request that parsed but broke the resource's constraints: every broken field, named. */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(Response.Status.BAD_REQUEST, "The request has invalid fields.")
                .withType("urn:vigil:problem:invalid-request", "Invalid request")
                .withErrors(errors)
                .toResponse();
    }

    /** The last node of {@code check.request.version} is what a client calls the field; an
     *  absent body has only method and parameter nodes, and is called {@code body}. */
    private static String field(ConstraintViolation<?> violation) {
        String last = null;
        int depth = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node.getName();
            depth++;
        }
        return depth <= 2 ? "body" : last;
    }
}
