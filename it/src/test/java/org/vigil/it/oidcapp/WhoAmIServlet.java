package org.vigil.it.oidcapp;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The test application WildFly's own OIDC client (elytron-oidc-client) protects with Vigil as
 * its provider: it says who logged in. Deployed by {@link org.vigil.it.ElytronOidcClientIT}.
 */
public class WhoAmIServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        String who = request.getUserPrincipal() == null ? "nobody" : request.getUserPrincipal().getName();
        response.getWriter().write("<!DOCTYPE html><html><body><h1 id=\"who\">" + who.replace("<", "&lt;") + "</h1></body></html>");
    }
}
