package org.vigil.api.fhir;

import java.util.Optional;
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
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.vigil.api.care.Requesters;
import org.vigil.api.security.Authenticated;
import org.vigil.care.application.FhirReads;

/** {@code Patient} read, and search by {@code _id} or for every patient the caller may read. */
@Path("/Patient")
@Authenticated
@Produces({FhirResourceWriter.FHIR_JSON, MediaType.APPLICATION_JSON})
public class PatientFhirResource {

    @EJB
    FhirReads reads;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @GET
    @Path("/{id}")
    public Patient read(@PathParam("id") UUID id) {
        return reads.patient(Requesters.of(http), id, "Patient/" + id);
    }

    @GET
    public Bundle search(@QueryParam("_id") String id) {
        Optional<UUID> patient = Optional.ofNullable(id).map(v -> FhirRequests.patientId("_id", v));
        return SearchBundles.searchset(uri, reads.patients(Requesters.of(http), patient, FhirRequests.relative(uri)), Optional.empty());
    }
}
