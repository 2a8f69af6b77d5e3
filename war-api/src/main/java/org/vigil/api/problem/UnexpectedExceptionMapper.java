package org.vigil.api.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything nobody mapped is our fault: the client gets a 500 with an incident id and no
 * internals; the log gets the stack trace under the same id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                        "The server failed to process the request. Incident " + incident + ".")
                .toResponse();
    }
}
