package org.vigil.api.fhir;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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
import jakarta.ws.rs.core.HttpHeaders;
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

    @Context
    HttpHeaders headers;

    @GET
    @Path("/{id}")
    public Patient read(@PathParam("id") UUID id) {
        return reads.patient(Requesters.of(http), id, "Patient/" + id);
    }

    @GET
    public Bundle search(@QueryParam("_id") String id) {
        SearchParameters parameters = SearchParameters.of(uri, headers, Set.of("_id"));
        Optional<UUID> patient = Optional.ofNullable(id).map(v -> FhirRequests.patientId("_id", v));
        List<Patient> found = reads.patients(Requesters.of(http), patient, FhirRequests.relative(uri));
        return SearchBundles.searchset(uri, parameters, found, Optional.empty(), OptionalLong.of(found.size()));
    }
}
