package org.vigil.api.fhir;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.hl7.fhir.r4.model.OperationOutcome;

import org.vigil.platform.limits.Excerpt;
import org.vigil.platform.limits.InputLimits;

/** Errors as FHIR says to send them: an OperationOutcome with one issue, and the HTTP status. */
final class OperationOutcomes {

    private OperationOutcomes() {
    }

    static Response response(int status, String detail, Map<String, String> headers) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(status >= 500 ? OperationOutcome.IssueSeverity.FATAL : OperationOutcome.IssueSeverity.ERROR)
                .setCode(code(status)).setDiagnostics(Excerpt.bounded(detail, InputLimits.ERROR_TEXT_CHARACTERS));
        Response.ResponseBuilder response = Response.status(status).type(FhirResourceWriter.FHIR_JSON_TYPE).entity(outcome);
        headers.forEach(response::header);
        return response.build();
    }

    private static OperationOutcome.IssueType code(int status) {
        return switch (status) {
            case 400, 422 -> OperationOutcome.IssueType.INVALID;
            case 401 -> OperationOutcome.IssueType.LOGIN;
            case 403 -> OperationOutcome.IssueType.FORBIDDEN;
            case 404, 410 -> OperationOutcome.IssueType.NOTFOUND;
            case 405, 406, 415 -> OperationOutcome.IssueType.NOTSUPPORTED;
            case 429 -> OperationOutcome.IssueType.THROTTLED;
            default -> status >= 500 ? OperationOutcome.IssueType.EXCEPTION : OperationOutcome.IssueType.PROCESSING;
        };
    }
}
