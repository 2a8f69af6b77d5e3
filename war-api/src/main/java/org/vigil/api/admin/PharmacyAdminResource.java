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

import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.care.application.prescription.PharmacyAdministration;
import org.vigil.care.application.prescription.PharmacyView;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.platform.access.Caller;

/** Admins register pharmacies, name their pharmacists and set each patient's preferred pharmacy; each call is audited. */
@Path("/v1/admin")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PharmacyAdminResource {

    @EJB
    PharmacyAdministration pharmacies;

    @EJB
    AuditTrail audit;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/pharmacies")
    public Response register(@NotNull @Valid PharmacyBody body) {
        Caller admin = Callers.of(http);
        PharmacyView pharmacy = pharmacies.register(admin, body.name(), body.address(), body.phone());
        audit.record(admin.auditName(), "pharmacy.register", "pharmacy:" + pharmacy.id(), AuditEvent.Outcome.SUCCESS, admin.address(),
                pharmacy.name());
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
        Caller admin = Callers.of(http);
        PharmacyView pharmacy = pharmacies.addPharmacist(admin, pharmacyId, body.accountId());
        audit.record(admin.auditName(), "pharmacist.add", "pharmacy:" + pharmacyId, AuditEvent.Outcome.SUCCESS, admin.address(),
                "account " + body.accountId());
        return pharmacy;
    }

    @DELETE
    @Path("/pharmacies/{pharmacyId}/pharmacists/{accountId}")
    public PharmacyView removePharmacist(@PathParam("pharmacyId") UUID pharmacyId, @PathParam("accountId") UUID accountId) {
        Caller admin = Callers.of(http);
        PharmacyView pharmacy = pharmacies.removePharmacist(admin, pharmacyId, accountId);
        audit.record(admin.auditName(), "pharmacist.remove", "pharmacy:" + pharmacyId, AuditEvent.Outcome.SUCCESS, admin.address(),
                "account " + accountId);
        return pharmacy;
    }

    @PUT
    @Path("/patients/{patientId}/pharmacy")
    public Map<String, UUID> choose(@PathParam("patientId") UUID patientId, @NotNull @Valid ChosenPharmacyBody body) {
        Caller admin = Callers.of(http);
        pharmacies.choosePharmacy(admin, patientId, body.pharmacyId());
        audit.record(admin.auditName(), "patient.pharmacy", "patient:" + patientId, AuditEvent.Outcome.SUCCESS, admin.address(),
                "pharmacy " + body.pharmacyId());
        return Map.of("patientId", patientId, "pharmacyId", body.pharmacyId());
    }
}
