package org.vigil.api.admin;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.platform.problem.ProblemException;
import org.vigil.push.application.DeadLetterView;
import org.vigil.push.application.DeadLetters;

/** Admins see the push server's dead letters, and put one back on the queue or drop it. */
@Path("/v1/admin/push/dead-letters")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    @EJB
    DeadLetters deadLetters;

    @Context
    HttpServletRequest http;

    @GET
    public List<DeadLetterView> list() {
        return deadLetters.list(Callers.of(http));
    }

    @POST
    @Path("/{id}/retry")
    @APIResponse(responseCode = "204", description = "The message is back on its queue.")
    public Response retry(@PathParam("id") String id) {
        if (!deadLetters.retry(Callers.of(http), id)) {
            throw new UnknownDeadLetter(id);
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "The message is dropped.")
    public Response drop(@PathParam("id") String id) {
        if (!deadLetters.drop(Callers.of(http), id)) {
            throw new UnknownDeadLetter(id);
        }
        return Response.noContent().build();
    }

    static final class UnknownDeadLetter extends ProblemException {
        UnknownDeadLetter(String id) {
            super(404, "unknown-dead-letter", "Unknown dead letter", "No push dead letter has the id " + id + ".");
        }
    }
}
