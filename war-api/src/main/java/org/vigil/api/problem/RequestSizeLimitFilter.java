package org.vigil.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a body declared larger than the API takes before anything reads it. The web server's
 * own limit ({@code max-post-size}, set high in {@code configure.cli}) answers an empty 400, so
 * the real limits live here, where the refusal can be a problem+json 413. Document uploads and
 * validation declare their own, larger limit and check it themselves.
 */
@Provider
@PreMatching
public class RequestSizeLimitFilter implements ContainerRequestFilter {

    static final long JSON_LIMIT_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() <= JSON_LIMIT_BYTES || hasItsOwnLimit(request.getUriInfo().getPath())) {
            return;
        }
        request.abortWith(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "This endpoint takes bodies up to " + JSON_LIMIT_BYTES + " bytes.")
                .withType("urn:vigil:problem:body-too-large", "Request body too large").toResponse());
    }

    private static boolean hasItsOwnLimit(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.startsWith("v1/documents") || p.startsWith("v1/validation");
    }
}
