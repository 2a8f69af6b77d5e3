package org.vigil.api.fhir;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import org.hl7.fhir.r4.model.Observation;
import org.vigil.api.care.Requesters;
import org.vigil.api.security.Authenticated;
import org.vigil.care.application.FhirReads;
import org.vigil.care.fhir.ObservationQuery;
import org.vigil.care.fhir.ObservationSearchPage;
import org.vigil.care.fhir.ObservationStream;
import org.vigil.care.fhir.VitalSignCode;

/**
 * {@code Observation} read, and search by {@code patient} (required), {@code code} (LOINC),
 * {@code category} and {@code date}, sorted by {@code date} as {@link ObservationDateSort} can; paged with
 * {@code _count} and the server's {@code next} link.
 */
@Path("/Observation")
@Authenticated
@Produces({FhirResourceWriter.FHIR_JSON, MediaType.APPLICATION_JSON})
public class ObservationFhirResource {

    static final int DEFAULT_COUNT = 100;
    static final int MAX_COUNT = 1000;
    static final Set<String> UNDERSTOOD = Set.of("patient", "subject", "code", "category", "date", "_sort");
    static final String CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category";

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
    public Observation read(@PathParam("id") String id) {
        return reads.observation(Requesters.of(http), id, "Observation/" + id)
                .orElseThrow(() -> new UnknownResourceException("Observation", id));
    }

    @GET
    public Bundle search(@QueryParam("patient") String patient, @QueryParam("subject") String subject, @QueryParam("code") List<String> codes,
            @QueryParam("category") List<String> categories, @QueryParam("date") List<String> dates, @QueryParam("_count") String count,
            @QueryParam(SearchBundles.PAGE_TOKEN) String pageToken) {
        SearchParameters parameters = SearchParameters.of(uri, headers, UNDERSTOOD);
        FhirDateRange range = FhirDateRange.parse(dates);
        ObservationQuery query = new ObservationQuery(FhirRequests.patientId("patient", patient != null ? patient : subject),
                streams(codes, categories), range.from(), range.to(), FhirRequests.count(count, DEFAULT_COUNT, MAX_COUNT));
        ObservationSearchPage page = reads.observations(Requesters.of(http), query, Optional.ofNullable(pageToken), FhirRequests.relative(uri));
        boolean onePage = page.nextPageToken().isEmpty() && pageToken == null;
        List<Observation> found = page.observations();
        Optional<String> sort = parameters.first("_sort");
        if (sort.isPresent()) {
            Optional<List<Observation>> sorted = ObservationDateSort.sorted(sort.get(), found, query.streams().size(), onePage);
            if (sorted.isEmpty()) {
                parameters.notApplied("_sort", "Observations sort by date, or by -date when the result fits on one page (_count up to "
                        + MAX_COUNT + "); _sort=" + sort.get() + " cannot be applied to this search.");
            }
            found = sorted.orElse(found);
        }
        return SearchBundles.searchset(uri, parameters, found, page.nextPageToken(),
                SearchBundles.whenOnePage(parameters, found, page.nextPageToken()));
    }

    /** Each {@code code} and {@code category} parameter narrows the search; the values within one are alternatives. */
    private static Set<ObservationStream> streams(List<String> codes, List<String> categories) {
        Set<ObservationStream> streams = EnumSet.allOf(ObservationStream.class);
        for (String parameter : codes) {
            Set<ObservationStream> any = EnumSet.noneOf(ObservationStream.class);
            for (String token : parameter.split(",")) {
                code(token, VitalSignCode.LOINC).ifPresent(c -> any.addAll(ObservationStream.withLoinc(c)));
            }
            streams.retainAll(any);
        }
        for (String parameter : categories) {
            Set<ObservationStream> any = EnumSet.noneOf(ObservationStream.class);
            Arrays.stream(parameter.split(",")).forEach(token -> code(token, CATEGORY_SYSTEM).ifPresent(c -> any.addAll(ObservationStream.inCategory(c))));
            streams.retainAll(any);
        }
        return streams;
    }

    /** A token's code when its system (if given) is the one expected; a token of another system matches nothing. */
    private static Optional<String> code(String token, String system) {
        int bar = token.indexOf('|');
        if (bar < 0) {
            return Optional.of(token);
        }
        String given = token.substring(0, bar);
        return given.isEmpty() || given.equals(system) ? Optional.of(token.substring(bar + 1)) : Optional.empty();
    }
}
