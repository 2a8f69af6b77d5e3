package org.vigil.api.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/docs}: the API reference, Swagger UI rendering the served {@code /openapi}
 * document. Open to all, like the document: it describes the API and holds no one's data. Its
 * scripts and styles come from this server ({@code /assets/}), as the pages' CSP requires.
 */
@Path("/docs")
public class ApiDocsResource {

    private static final String PAGE = read("api-docs.html");

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "The API reference page", description = "This document, rendered for people.")
    public String page() {
        return PAGE;
    }

    private static String read(String name) {
        try (InputStream in = ApiDocsResource.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
