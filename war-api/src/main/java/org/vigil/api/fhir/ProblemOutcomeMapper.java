package org.vigil.api.fhir;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.vigil.platform.problem.ProblemException;

/** Business refusals (no token, no standing, a bad page token) as OperationOutcome, with their headers (WWW-Authenticate). */
@Provider
public class ProblemOutcomeMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException e) {
        return OperationOutcomes.response(e.status(), e.detail(), e.headers());
    }
}
