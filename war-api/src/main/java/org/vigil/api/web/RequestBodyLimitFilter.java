package org.vigil.api.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.vigil.platform.limits.InputLimits;

/**
 * Reads no more of a request body than {@link InputLimits#BODY_BYTES}, whatever its content type
 * and whether or not it declares a length: the body is read here, counting the bytes that actually
 * arrive, before any application parses it. A declared length over the limit is refused before a
 * byte is read; an undeclared (chunked) body is refused as soon as it passes the limit, and the
 * connection is closed rather than drained. Downstream sees the buffered body.
 *
 * <p>Document uploads and validation take a larger, configured limit and count their own bytes
 * ({@code BoundedBody}); they stream past this filter.
 */
public class RequestBodyLimitFilter extends HttpFilter {

    private static final Pattern OWN_LIMIT = Pattern.compile("/api/v1/(documents(/[^/]+)?|validation)/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!hasBody(request) || OWN_LIMIT.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        int limit = InputLimits.BODY_BYTES;
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, path, limit);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            refuse(request, response, path, limit);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String path, int limit) throws IOException {
        // the rest of the body is not read: closing is cheaper than draining what a client may keep sending
        response.setHeader("Connection", "close");
        ErrorAnswers.send(response, InterfaceFamily.of(path), 413, "body-too-large", "Request body too large",
                "This endpoint takes bodies up to " + limit + " bytes.");
    }
}
