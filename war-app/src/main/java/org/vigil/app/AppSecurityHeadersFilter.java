package org.vigil.app;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of everything under {@code /app}, set before the file is served so that
 * error answers carry them too. {@code Cache-Control: no-store} everywhere: the shell holds no
 * person's data, but the browser's HTTP cache is not where the app keeps anything; the service
 * worker's own cache holds the offline shell. {@code X-Content-Type-Options: nosniff} and HSTS come
 * from the server for every deployment ({@code configure.cli}).
 */
@WebFilter(urlPatterns = "/*")
public class AppSecurityHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", AppContentPolicy.forHost(request.getHeader("Host")));
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Permissions-Policy", "geolocation=(), microphone=(), payment=()");
        chain.doFilter(request, response);
    }
}
