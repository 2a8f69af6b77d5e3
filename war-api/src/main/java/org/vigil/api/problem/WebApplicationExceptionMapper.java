package org.vigil.api.problem;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.vigil.api.params.InvalidQueryParameterException;

/**
 * Unknown paths, wrong methods, unsupported media types and the like: JAX-RS already knows
 * the status, this gives it the problem+json body. Headers such as {@code Allow} on a 405 are
 * kept.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Problem problem = e instanceof InvalidQueryParameterException invalid
                ? Problem.of(status, invalid.detail()).withType("urn:vigil:problem:invalid-request", "Invalid request")
                        .withErrors(List.of(new Problem.FieldError(invalid.parameter(), invalid.reason())))
                : Problem.of(status, describe(status.getStatusCode()));
        Response.ResponseBuilder response = Response.fromResponse(original).type(Problem.MEDIA).entity(problem);
        return response.build();
    }

    private static String describe(int status) {
        return switch (status) {
            case 404 -> "There is no resource at this path.";
            case 405 -> "This resource does not accept that method; the Allow header lists those it does.";
            case 406 -> "This resource cannot produce any of the media types the Accept header asks for.";
            case 415 -> "This resource does not accept that Content-Type.";
            case 400 -> "The request is malformed.";
            case 401 -> "This request needs valid credentials.";
            case 403 -> "The caller is not allowed to do this.";
            default -> "The request could not be processed.";
        };
    }
}
