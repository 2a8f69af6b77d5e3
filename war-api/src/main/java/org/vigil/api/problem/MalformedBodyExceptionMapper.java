package org.vigil.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that could not be read: JSON that does not parse, or that does not fit the expected
 * shape. The parser's own message is not echoed, as it can quote the body back.
 */
@Provider
public class MalformedBodyExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape.")
                .withType("urn:vigil:problem:malformed-body", "Malformed request body")
                .toResponse();
    }
}
