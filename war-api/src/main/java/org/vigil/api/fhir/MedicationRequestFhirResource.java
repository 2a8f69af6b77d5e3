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
import org.hl7.fhir.r4.model.MedicationRequest;
import org.vigil.api.care.Requesters;
import org.vigil.api.security.Authenticated;
import org.vigil.care.application.prescription.PrescriptionFhirReads;

/**
 * {@code MedicationRequest} read ({@code <prescription id>-<item number>}) and search by
 * {@code patient}, for pharmacy systems and the care side alike; the signed PDF comes attached.
 */
@Path("/MedicationRequest")
@Authenticated
@Produces({FhirResourceWriter.FHIR_JSON, MediaType.APPLICATION_JSON})
public class MedicationRequestFhirResource {

    @EJB
    PrescriptionFhirReads reads;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/{id}")
    public MedicationRequest read(@PathParam("id") String id) {
        return reads.read(Requesters.of(http), id, pdfBase(), "MedicationRequest/" + id);
    }

    @GET
    public Bundle search(@QueryParam("patient") String patient) {
        SearchParameters parameters = SearchParameters.of(uri, headers, Set.of("patient"));
        UUID patientId = FhirRequests.patientId("patient", patient);
        List<MedicationRequest> found = reads.forPatient(Requesters.of(http), patientId, pdfBase(), FhirRequests.relative(uri));
        return SearchBundles.searchset(uri, parameters, found, Optional.empty(), OptionalLong.of(found.size()));
    }

    private String pdfBase() {
        String base = uri.getBaseUri().toString();
        return base.substring(0, base.length() - "fhir/".length()) + "api/v1/prescriptions/";
    }
}
