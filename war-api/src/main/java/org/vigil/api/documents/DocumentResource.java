package org.vigil.api.documents;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.security.Authenticated;
import org.vigil.documents.application.DocumentFile;
import org.vigil.documents.application.DocumentService;
import org.vigil.documents.application.DocumentView;
import org.vigil.documents.application.SigningRequestView;
import org.vigil.documents.application.SigningService;

/**
 * People's documents: upload a PDF or XML (recognised by content), list, read, share, and ask
 * for a signature with the key on their authenticator. Only the owner and the people a document
 * is shared with see it.
 */
@Path("/v1/documents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    @EJB
    DocumentService documents;

    @EJB
    SigningService signing;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    /** The body is the document itself; its type is found from its content, whatever Content-Type says. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "201", description = "The document is stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    public Response upload(@QueryParam("title") String title, @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
            InputStream body) {
        UUID caller = PersonCaller.of(http);
        byte[] content = BoundedBody.read(body, length, documents.maxBytes());
        DocumentView created = documents.upload(caller, title, content, http.getRemoteAddr());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    public List<DocumentView> list() {
        return documents.list(PersonCaller.of(http));
    }

    @GET
    @Path("/{id}")
    public DocumentView describe(@PathParam("id") UUID id) {
        return documents.describe(PersonCaller.of(http), id);
    }

    @GET
    @Path("/{id}/content")
    @Produces({"application/pdf", "application/xml", MediaType.APPLICATION_JSON})
    public Response download(@PathParam("id") UUID id) {
        DocumentFile file = documents.download(PersonCaller.of(http), id, http.getRemoteAddr());
        return Response.ok(file.content(), file.mediaType()).header("ETag", "\"" + file.sha256() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    /** New content, only while nobody has signed the document. */
    @PUT
    @Path("/{id}/content")
    @Consumes(MediaType.WILDCARD)
    public DocumentView replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
            InputStream body) {
        UUID caller = PersonCaller.of(http);
        return documents.replace(caller, id, BoundedBody.read(body, length, documents.maxBytes()), http.getRemoteAddr());
    }

    @POST
    @Path("/{id}/shares")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentView share(@PathParam("id") UUID id, @NotNull @Valid ShareBody body) {
        return documents.share(PersonCaller.of(http), id, body.email(), body.accountId(), http.getRemoteAddr());
    }

    /** Step 1 of a remote signature; the answer is the signing request the caller's device must approve. */
    @POST
    @Path("/{id}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "202", description = "The signer's device was asked; poll the request at its Location.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SigningRequestView.class)))
    public Response sign(@PathParam("id") UUID id, @NotNull @Valid SigningBody body) {
        SigningRequestView request = signing.start(PersonCaller.of(http), List.of(id), SigningRequests.options(body),
                http.getRemoteAddr());
        return SigningRequests.accepted(uri, request);
    }
}
