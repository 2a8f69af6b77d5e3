package org.vigil.admin.pharmacy;

import java.io.IOException;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.vigil.admin.security.ConsoleAccessDenied;
import org.vigil.care.application.prescription.PrescriptionFile;
import org.vigil.platform.problem.ProblemException;

/**
 * {@code GET /admin/pharmacy/prescription.pdf?id=}: a prescription's signed PDF for a pharmacist of its pharmacy, read
 * (and audited) by the care module like the inbox reads it. Anyone else gets the care module's refusal as a bare status.
 */
@WebServlet("/pharmacy/prescription.pdf")
public class PrescriptionPdfServlet extends HttpServlet {

    @Inject
    PharmacyFacade pharmacy;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(request.getParameter("id")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        PrescriptionFile file;
        try {
            file = pharmacy.pdf(id);
        } catch (ProblemException e) {
            response.sendError(e.status());
            return;
        } catch (ConsoleAccessDenied e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof ProblemException p) {
                response.sendError(p.status());
                return;
            }
            throw e;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
