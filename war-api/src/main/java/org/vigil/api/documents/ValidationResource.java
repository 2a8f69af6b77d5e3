package org.vigil.api.documents;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.vigil.api.security.Authenticated;
import org.vigil.documents.application.ValidationService;
import org.vigil.documents.validation.ValidationReport;

/**
 * Validates the signatures of any PDF or XML (a pharmacy checking a prescription) against
 * Vigil's trust anchors: the ETSI EN 319 102-1 indication, sub-indication and level per
 * signature; DSS's simple and detailed reports with {@code ?reports=true}.
 */
@Path("/v1/validation")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ValidationResource {

    @EJB
    ValidationService validation;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Map<String, Object> validate(@QueryParam("reports") boolean reports,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length, InputStream body) {
        ValidationReport report = validation.validate(BoundedBody.read(body, length, validation.maxBytes()), reports);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("signatures", report.signatures());
        report.simpleReport().ifPresent(r -> answer.put("simpleReport", r));
        report.detailedReport().ifPresent(r -> answer.put("detailedReport", r));
        return answer;
    }
}
