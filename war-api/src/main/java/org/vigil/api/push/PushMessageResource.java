package org.vigil.api.push;

import java.time.Duration;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.security.Authenticated;
import org.vigil.api.security.BearerAuthenticationFilter;
import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.platform.problem.ProblemException;
import org.vigil.push.application.ApplicationMessages;
import org.vigil.push.application.MessageReceipt;
import org.vigil.push.application.MessageReceipts;

/**
 * {@code POST /api/v1/push/messages}: an external application (its own client-credentials token)
 * pushes to a user who consented to it. Accepted means queued durably; delivery follows.
 * {@code GET /api/v1/push/messages/{id}} is the sender's receipt of it.
 */
@Path("/v1/push/messages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PushMessageResource {

    private static final long DEFAULT_TTL_SECONDS = 3600;

    @EJB
    ApplicationMessages messages;

    @EJB
    MessageReceipts receipts;

    @Context
    HttpServletRequest http;

    @POST
    @APIResponse(responseCode = "202", description = "The message is stored and on its way.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceptedMessage.class)))
    public Response send(@NotNull @Valid MessageBody body) {
        AccessTokenClaims claims = applicationItself();
        long ttl = body.ttlSeconds() == null ? DEFAULT_TTL_SECONDS : body.ttlSeconds();
        String id = messages.send(claims.clientId(), body.recipient(), body.title(), body.body(), body.data(),
                ttl <= 0 ? Duration.ZERO : Duration.ofSeconds(ttl));
        return Response.accepted(new AcceptedMessage(id)).build();
    }

    /** Per-endpoint delivery state, for the application that sent the message only (anyone else: 404). */
    @GET
    @Path("/{id}")
    public MessageReceipt receipt(@PathParam("id") String id) {
        return receipts.of(applicationItself().clientId(), id);
    }

    private AccessTokenClaims applicationItself() {
        AccessTokenClaims claims = BearerAuthenticationFilter.claims(http);
        if (!claims.isClientItself()) {
            throw new ApplicationTokenRequired();
        }
        return claims;
    }

    /** A person's token cannot push, not even to that person: pushing is the application's act. */
    static final class ApplicationTokenRequired extends ProblemException {
        ApplicationTokenRequired() {
            super(403, "application-token-required", "Forbidden",
                    "Pushing needs the application's own token (client_credentials grant).");
        }
    }
}
