package org.vigil.api.fhir;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.vigil.api.care.Requesters;
import org.vigil.api.security.Authenticated;
import org.vigil.care.application.AuditTrailPage;
import org.vigil.care.application.FhirReads;
import org.vigil.care.domain.audit.AuditTrailQuery;
import org.vigil.care.fhir.FhirAuditEventMapper;

/**
 * The audit trail of reads of one patient's data as IHE BALP-shaped AuditEvents, admins only:
 * search by {@code patient} (required) and {@code date}, newest first unless {@code _sort=date};
 * the Bundle's {@code total} is exact.
 */
@Path("/AuditEvent")
@Authenticated
@Produces({FhirResourceWriter.FHIR_JSON, MediaType.APPLICATION_JSON})
public class AuditEventFhirResource {

    static final int DEFAULT_COUNT = 50;
    static final int MAX_COUNT = 500;
    static final Set<String> UNDERSTOOD = Set.of("patient", "date", "_sort");

    @EJB
    FhirReads reads;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    public Bundle search(@QueryParam("patient") String patient, @QueryParam("date") List<String> dates, @QueryParam("_count") String count,
            @QueryParam(SearchBundles.PAGE_TOKEN) String pageToken) {
        SearchParameters parameters = SearchParameters.of(uri, headers, UNDERSTOOD);
        FhirDateRange range = FhirDateRange.parse(dates);
        String sort = parameters.first("_sort").orElse("-date");
        if (!sort.equals("date") && !sort.equals("-date")) {
            parameters.notApplied("_sort", "AuditEvents sort by date or -date only; _sort=" + sort + " is not supported.");
            sort = "-date";
        }
        AuditTrailQuery query = new AuditTrailQuery(FhirRequests.patientId("patient", patient), range.from(), range.to(), sort.equals("date"),
                FhirRequests.count(count, DEFAULT_COUNT, MAX_COUNT));
        AuditTrailPage page = reads.auditTrail(Requesters.of(http), query, Optional.ofNullable(pageToken), FhirRequests.relative(uri));
        FhirAuditEventMapper mapper = new FhirAuditEventMapper("Vigil", uri.getBaseUri().toString());
        return SearchBundles.searchset(uri, parameters, page.accesses().stream().map(mapper::toFhir).toList(), page.nextPageToken(),
                OptionalLong.of(page.total()));
    }
}
