package org.vigil.api.prescriptions;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.vigil.api.care.Requesters;
import org.vigil.api.security.Authenticated;
import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.prescription.PharmacyService;
import org.vigil.care.application.prescription.PharmacyView;
import org.vigil.care.application.prescription.PrescriptionView;
import org.vigil.care.domain.prescription.PrescriptionStatus;

/**
 * A pharmacy system's view, for its pharmacists: the pharmacies they work for and each one's
 * inbox ({@code ?status=received,verified} filters; everything the pharmacy has when absent).
 * The steps themselves are {@code POST /v1/prescriptions/{id}/pharmacy-steps}.
 */
@Path("/v1/pharmacies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PharmacyResource {

    @EJB
    PharmacyService pharmacy;

    @Context
    HttpServletRequest http;

    @GET
    public List<PharmacyView> mine() {
        return pharmacy.pharmacies(Requesters.of(http));
    }

    @GET
    @Path("/{pharmacyId}/prescriptions")
    public List<PrescriptionView> inbox(@PathParam("pharmacyId") UUID pharmacyId, @QueryParam("status") String status) {
        Set<PrescriptionStatus> statuses = EnumSet.noneOf(PrescriptionStatus.class);
        if (status != null && !status.isBlank()) {
            for (String each : status.split(",")) {
                statuses.add(PrescriptionStatus.fromWire(each.strip())
                        .orElseThrow(() -> CareRefusal.invalid("Not a prescription status: " + each.strip() + ".")));
            }
        }
        return pharmacy.inbox(Requesters.of(http), pharmacyId, statuses, Requesters.what(http));
    }
}
