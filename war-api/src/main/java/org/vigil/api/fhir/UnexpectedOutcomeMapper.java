package org.vigil.api.fhir;

import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Our fault: a 500 OperationOutcome with an incident id; the log has the stack trace under the same id. */
@Provider
public class UnexpectedOutcomeMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedOutcomeMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, e);
        return OperationOutcomes.response(500, "The server failed to process the request. Incident " + incident + ".", Map.of());
    }
}
