package org.vigil.api.care;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.vigil.api.security.Authenticated;
import org.vigil.care.application.Chart;
import org.vigil.care.application.PatientCardView;
import org.vigil.care.application.PatientDataReads;
import org.vigil.care.application.PatientSummary;
import org.vigil.care.application.ValuesPage;
import org.vigil.care.domain.observation.VitalKind;

/**
 * A patient's vitals for charts and station overviews: downsampled ranges (min/avg/max per
 * bucket, computed by the database), raw values page by page, and the latest value of each kind.
 * Who may read is the care module's one rule (the patient, their care team, an assigned station);
 * every read is audited.
 */
@Path("/v1/patients/{patientId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PatientVitalsResource {

    static final int MAX_POINTS = 2000;
    static final int MAX_PAGE = 1000;

    @EJB
    PatientDataReads reads;

    @Context
    HttpServletRequest http;

    @PathParam("patientId")
    UUID patientId;

    /** A chart of one kind: at most {@code points} buckets of a width from a fixed ladder (1 s ... 7 d). */
    @GET
    @Path("/vitals/{kind}")
    public Map<String, Object> chart(@PathParam("kind") String kind, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("points") @DefaultValue("300") int points) {
        VitalKind k = kind(kind);
        ReadRange range = ReadRange.parse(from, to);
        within("points", points, MAX_POINTS);
        Chart chart = reads.chart(Requesters.of(http), patientId, k, range.from(), range.to(), points, Requesters.what(http));
        Map<String, Object> body = head(k, range);
        body.put("bucketSeconds", chart.width().toSeconds());
        body.put("buckets", chart.buckets().stream().map(b -> Map.of("start", b.start().toString(), "min", b.min(), "avg", b.avg(),
                "max", b.max(), "count", b.count())).toList());
        return body;
    }

    /** Raw values of one kind, oldest first; {@code next} is the opaque token of the following page. */
    @GET
    @Path("/vitals/{kind}/values")
    public Map<String, Object> values(@PathParam("kind") String kind, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("500") int limit, @QueryParam("page") String page) {
        VitalKind k = kind(kind);
        ReadRange range = ReadRange.parse(from, to);
        within("limit", limit, MAX_PAGE);
        ValuesPage values = reads.values(Requesters.of(http), patientId, k, range.from(), range.to(), Optional.ofNullable(page), limit,
                Requesters.what(http));
        Map<String, Object> body = head(k, range);
        body.put("values", values.values().stream().map(p -> Map.of("measuredAt", p.measuredAt().toString(), "value", p.value())).toList());
        body.put("next", values.nextPageToken().orElse(null));
        return body;
    }

    /** Who the patient is: the name and age on a station's tile. */
    @GET
    public Map<String, Object> patient() {
        PatientCardView card = reads.patient(Requesters.of(http), patientId, Requesters.what(http));
        PatientSummary p = card.patient();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", p.patientId());
        body.put("familyName", p.familyName());
        body.put("givenName", p.givenName());
        body.put("birthDate", p.birthDate().toString());
        body.put("sex", p.sex().toLowerCase(java.util.Locale.ROOT));
        body.put("spo2Scale", card.spo2Scale());
        body.put("news2", card.news2());
        return body;
    }

    /** The newest value of every kind the patient has: a station's overview tile. */
    @GET
    @Path("/latest-vitals")
    public Map<String, Object> latest() {
        List<Map<String, Object>> values = reads.latest(Requesters.of(http), patientId, Requesters.what(http)).stream()
                .map(v -> Map.<String, Object>of("kind", v.kind().code(), "value", v.value(), "unit", v.kind().unit(),
                        "measuredAt", v.measuredAt().toString()))
                .toList();
        return Map.of("patientId", patientId, "values", values);
    }

    /** The alerts nobody has acknowledged yet: a station starting up shows and sounds them. */
    @GET
    @Path("/open-alerts")
    public Map<String, Object> openAlerts() {
        return Map.of("patientId", patientId, "alerts", reads.openAlerts(Requesters.of(http), patientId, Requesters.what(http)));
    }

    private Map<String, Object> head(VitalKind kind, ReadRange range) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", patientId);
        body.put("kind", kind.code());
        body.put("unit", kind.unit());
        body.put("from", range.from().toString());
        body.put("to", range.to().toString());
        return body;
    }

    private static VitalKind kind(String code) {
        return VitalKind.fromCode(code).orElseThrow(() -> new InvalidReadParameterException("There is no kind of vital sign " + code + "."));
    }

    private static void within(String name, int value, int max) {
        if (value < 1 || value > max) {
            throw new InvalidReadParameterException(name + " must be between 1 and " + max + ".");
        }
    }
}
