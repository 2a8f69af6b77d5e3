package org.vigil.api.fhir;

import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.vigil.api.params.InvalidQueryParameterException;

/** Unknown resource types and ids, wrong methods, unacceptable media types: JAX-RS knows the status; FHIR wants an OperationOutcome. */
@Provider
public class WebApplicationOutcomeMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (e instanceof InvalidQueryParameterException invalid) {
            return OperationOutcomes.response(400, invalid.detail(), Map.of());
        }
        String detail = switch (status) {
            case 404 -> "Vigil's FHIR API has no resource at this path; it serves Patient, Observation and AuditEvent.";
            case 405 -> "Vigil's FHIR API is read-only.";
            case 406 -> "Vigil's FHIR API answers in JSON (application/fhir+json).";
            default -> "The request could not be processed.";
        };
        return OperationOutcomes.response(status, detail, allow == null ? Map.of() : Map.of(HttpHeaders.ALLOW, allow));
    }
}
