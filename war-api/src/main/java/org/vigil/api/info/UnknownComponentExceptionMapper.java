package org.vigil.api.info;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.vigil.api.problem.Problem;

@Provider
public class UnknownComponentExceptionMapper implements ExceptionMapper<UnknownComponentException> {

    @Override
    public Response toResponse(UnknownComponentException e) {
        return Problem.of(Response.Status.BAD_REQUEST, e.getMessage())
                .withType("urn:vigil:problem:unknown-component", "Unknown client component")
                .withErrors(java.util.List.of(new Problem.FieldError("component", e.getMessage())))
                .toResponse();
    }
}
