package org.vigil.admin.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ca.uhn.fhir.context.FhirContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.identity.application.AuditQuery;
import org.vigil.platform.problem.ProblemException;

/**
 * {@code GET /admin/audit/export?format=csv|fhir&person=&patient=&action=&from=&to=}: the audit
 * trail searched like the page does it, as a CSV file or a FHIR {@code AuditEvent} bundle (at
 * most {@link AuditQuery#MAX_LIMIT} records, newest first). A malformed filter is a 400 and
 * exports nothing; each export is recorded.
 */
@WebServlet("/audit/export")
public class AuditExportServlet extends HttpServlet {

    @Inject
    AuditFacade audit;

    @Inject
    @ConfigProperty(name = "vigil.issuer", defaultValue = "http://localhost:8080")
    String issuer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        if (!"csv".equals(format) && !"fhir".equals(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        List<AuditRow> rows;
        try {
            AuditFilter filter = AuditFilter.parse(request.getParameter("person"), request.getParameter("patient"),
                    request.getParameter("action"), request.getParameter("from"), request.getParameter("to"));
            rows = audit.search(filter, AuditQuery.MAX_LIMIT, "audit.export");
        } catch (ProblemException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String name = "vigil-audit-" + LocalDate.now();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if ("csv".equals(format)) {
            response.setContentType("text/csv");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            response.getWriter().write(AuditCsv.of(rows));
        } else {
            response.setContentType("application/fhir+json");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".json\"");
            response.getWriter().write(FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true)
                    .encodeResourceToString(new AuditFhirBundle(issuer).of(rows)));
        }
    }
}
