package org.vigil.admin.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.vigil.identity.application.AuditTrail;

/**
 * Enforces {@link ConsolePage}: a page nobody listed does not exist (404), a page the person's
 * roles do not open is refused (403, and the refusal goes to the audit trail). Faces' own
 * resources (style sheets, scripts) carry no data and pass. Pages are never cached.
 */
@WebFilter(urlPatterns = "/*")
public class PageAccessFilter extends HttpFilter {

    static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @EJB
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith(FACES_RESOURCES) || path.startsWith("/errors/") || "/signed-out.html".equals(path)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ConsolePage> page = ConsolePage.at(path);
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!page.get().openTo(ConsoleUser.rolesOf(request))) {
            audit.recordRefusal(ConsoleUser.auditNameOf(request), "console.page", "console:" + page.get().name().toLowerCase(),
                    request.getRemoteAddr(), "needs one of " + page.get().roles());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
