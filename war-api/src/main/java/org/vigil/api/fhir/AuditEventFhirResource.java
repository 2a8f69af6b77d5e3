package org.vigil.api.fhir;

import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.vigil.api.care.Requesters;
import org.vigil.api.security.Authenticated;
import org.vigil.care.application.AuditTrailPage;
import org.vigil.care.application.FhirReads;
import org.vigil.care.fhir.FhirAuditEventMapper;

/** The audit trail of reads of one patient's data, newest first, as IHE BALP-shaped AuditEvents; admins only. */
@Path("/AuditEvent")
@Authenticated
@Produces({FhirResourceWriter.FHIR_JSON, MediaType.APPLICATION_JSON})
public class AuditEventFhirResource {

    static final int DEFAULT_COUNT = 50;
    static final int MAX_COUNT = 500;

    @EJB
    FhirReads reads;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @GET
    public Bundle search(@QueryParam("patient") String patient, @QueryParam("_count") Integer count,
            @QueryParam(SearchBundles.PAGE_TOKEN) String pageToken) {
        AuditTrailPage page = reads.auditTrail(Requesters.of(http), FhirRequests.patientId("patient", patient), Optional.ofNullable(pageToken),
                FhirRequests.count(count, DEFAULT_COUNT, MAX_COUNT), FhirRequests.relative(uri));
        FhirAuditEventMapper mapper = new FhirAuditEventMapper("Vigil", uri.getBaseUri().toString());
        return SearchBundles.searchset(uri, page.accesses().stream().map(mapper::toFhir).toList(), page.nextPageToken());
    }
}
