package org.vigil.api.kyc;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.identity.application.InPersonCheckService;
import org.vigil.identity.application.KycCase;
import org.vigil.identity.application.KycDecisionOutcome;
import org.vigil.identity.application.KycPerson;
import org.vigil.identity.kyc.FaceImage;

/**
 * KYC level 3 at a KYC officer's station: {@code GET /api/v1/kyc/people?q=} finds people, {@code GET .../{id}/evidence}
 * shows their level-2 evidence, {@code GET .../{id}/face} the face image the chip held (never cached), and
 * {@code POST .../{id}/decisions} records the officer's decision. KYC officers at level 3 only (403 otherwise); the
 * identity server decides and audits all of it.
 */
@Path("/v1/kyc/people")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InPersonCheckResource {

    @EJB
    InPersonCheckService check;

    @Context
    HttpServletRequest http;

    @GET
    public List<KycPerson> find(@QueryParam("q") String text) {
        return check.find(Callers.of(http), text);
    }

    @GET
    @Path("/{accountId}/evidence")
    public KycCase evidence(@PathParam("accountId") UUID accountId) {
        return check.kycCase(Callers.of(http), accountId);
    }

    @GET
    @Path("/{accountId}/face")
    @Produces({"image/jpeg", "image/jp2", MediaType.APPLICATION_JSON})
    public Response face(@PathParam("accountId") UUID accountId) {
        FaceImage face = check.face(Callers.of(http), accountId);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(face.bytes(), face.mediaType()).cacheControl(noStore).build();
    }

    @POST
    @Path("/{accountId}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The decision is recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KycDecisionOutcome.class)))
    public Response decide(@PathParam("accountId") UUID accountId, @NotNull DecisionBody body) {
        KycDecisionOutcome outcome = check.decide(Callers.of(http), accountId, body.decision(), body.reason());
        return Response.status(201).entity(outcome).build();
    }
}
