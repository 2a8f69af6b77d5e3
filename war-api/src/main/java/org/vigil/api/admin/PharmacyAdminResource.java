package org.vigil.api.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.vigil.api.security.Callers;
import org.vigil.care.application.prescription.PharmacyAdministration;
import org.vigil.care.application.prescription.PharmacyView;

/**
 * Admins register pharmacies, name their pharmacists and set each patient's preferred pharmacy; the care module decides
 * who may and audits each change.
 */
@Path("/v1/admin")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PharmacyAdminResource {

    @EJB
    PharmacyAdministration pharmacies;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/pharmacies")
    @APIResponse(responseCode = "201", description = "The pharmacy is registered.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PharmacyView.class)))
    public Response register(@NotNull @Valid PharmacyBody body) {
        PharmacyView pharmacy = pharmacies.register(Callers.of(http), body.name(), body.address(), body.phone());
        return Response.status(Response.Status.CREATED).entity(pharmacy).build();
    }

    @GET
    @Path("/pharmacies")
    public List<PharmacyView> list() {
        return pharmacies.pharmacies(Callers.of(http));
    }

    @POST
    @Path("/pharmacies/{pharmacyId}/pharmacists")
    public PharmacyView addPharmacist(@PathParam("pharmacyId") UUID pharmacyId, @NotNull @Valid PharmacistBody body) {
        return pharmacies.addPharmacist(Callers.of(http), pharmacyId, body.accountId());
    }

    @DELETE
    @Path("/pharmacies/{pharmacyId}/pharmacists/{accountId}")
    public PharmacyView removePharmacist(@PathParam("pharmacyId") UUID pharmacyId, @PathParam("accountId") UUID accountId) {
        return pharmacies.removePharmacist(Callers.of(http), pharmacyId, accountId);
    }

    @PUT
    @Path("/patients/{patientId}/pharmacy")
    public Map<String, UUID> choose(@PathParam("patientId") UUID patientId, @NotNull @Valid ChosenPharmacyBody body) {
        pharmacies.choosePharmacy(Callers.of(http), patientId, body.pharmacyId());
        return Map.of("patientId", patientId, "pharmacyId", body.pharmacyId());
    }
}
