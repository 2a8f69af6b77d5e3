package org.vigil.api.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Errors the web tier answers itself, before a JAX-RS application sees the request, in the shape
 * of the interface that was called (see {@link InterfaceFamily}). The texts are ours and fixed:
 * nothing of the request is quoted.
 */
final class ErrorAnswers {

    private ErrorAnswers() {
    }

    static void send(HttpServletResponse response, InterfaceFamily family, int status, String problemType, String title,
            String detail) throws IOException {
        String body;
        String contentType;
        switch (family) {
            case OIDC -> {
                contentType = "application/json";
                body = "{\"error\":\"invalid_request\",\"error_description\":\"" + json(detail) + "\"}";
            }
            case FHIR -> {
                contentType = "application/fhir+json";
                body = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\""
                        + (status == 413 ? "too-costly" : "invalid") + "\",\"diagnostics\":\"" + json(detail) + "\"}]}";
            }
            default -> {
                contentType = "application/problem+json";
                body = "{\"type\":\"urn:vigil:problem:" + problemType + "\",\"title\":\"" + json(title) + "\",\"status\":" + status
                        + ",\"detail\":\"" + json(detail) + "\"}";
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
