package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.client.sdk.care.Observation;
import org.vigil.client.sdk.care.ObservationResult;
import org.vigil.client.sdk.care.ObservationsClient;
import org.vigil.it.support.CareWorld;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.FhirValidation;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * A gateway uploads three minutes of 1 Hz heart rate, a blood pressure reading and a saturation;
 * the patient's doctor and the patient read them back through the REST API (charts, pages, latest)
 * and the FHIR API, whose answers pass HAPI's R4 instance validator; every read is in the audit
 * trail an admin reads as FHIR AuditEvents.
 */
@ExtendWith(VigilServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareReadIT {

    private CareWorld world;
    private CareWorld.Person patient;
    private CareWorld.Person doctor;
    private String patientId;
    private Instant start;
    private final List<Observation> heartRate = new ArrayList<>();
    private UUID systolicId;

    @BeforeAll
    void aGatewayHasUploaded(WildFlyServer server, MailCatcher mail) throws Exception {
        world = new CareWorld(server, mail);
        patient = world.person("patient");
        doctor = world.person("doctor");
        patientId = world.admit(patient);
        world.addToCareTeam(patientId, doctor, "doctor");
        DeviceClient gateway = world.gateway(patientId);

        start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(10, ChronoUnit.MINUTES);
        for (int s = 0; s < 180; s++) {
            heartRate.add(new Observation(UUID.randomUUID(), "heart-rate", 60 + (s % 60) / 2.0, "/min", start.plusSeconds(s), "AA:BB:CC:DD:EE:01"));
        }
        Instant cuff = start.plusSeconds(200);
        systolicId = UUID.randomUUID();
        List<Observation> batch = new ArrayList<>(heartRate);
        batch.add(new Observation(systolicId, "systolic-pressure", 128, "mm[Hg]", cuff, "AA:BB:CC:DD:EE:02"));
        batch.add(new Observation(UUID.randomUUID(), "diastolic-pressure", 82, "mm[Hg]", cuff, "AA:BB:CC:DD:EE:02"));
        batch.add(new Observation(UUID.randomUUID(), "mean-pressure", 97, "mm[Hg]", cuff, "AA:BB:CC:DD:EE:02"));
        batch.add(new Observation(UUID.randomUUID(), "spo2", 96, "%", start.plusSeconds(210), "AA:BB:CC:DD:EE:01"));
        batch.add(new Observation(UUID.randomUUID(), "body-temperature", 37.2, "Cel", start.plusSeconds(220), "AA:BB:CC:DD:EE:03"));
        assertThat(new ObservationsClient(server.baseUrl()).upload(gateway.token(world.oidc()), batch).results())
                .extracting(ObservationResult::status).containsOnly(ObservationResult.Status.STORED);
    }

    @Test
    void theDoctorChartsHeartRateDownsampledByTheServer() {
        JsonNode chart = get("/api/v1/patients/" + patientId + "/vitals/heart-rate?from=" + start + "&to=" + start.plusSeconds(180)
                + "&points=3", doctor.token());

        assertThat(chart.get("bucketSeconds").asInt()).isEqualTo(60);
        assertThat(chart.get("unit").asText()).isEqualTo("/min");
        JsonNode buckets = chart.get("buckets");
        assertThat(buckets).hasSize(3);
        for (int m = 0; m < 3; m++) {
            JsonNode b = buckets.get(m);
            assertThat(Instant.parse(b.get("start").asText())).isEqualTo(start.plusSeconds(60L * m));
            assertThat(b.get("count").asLong()).isEqualTo(60);
            assertThat(b.get("min").asDouble()).isEqualTo(60.0);
            assertThat(b.get("max").asDouble()).isEqualTo(89.5);
            assertThat(b.get("avg").asDouble()).isCloseTo(74.75, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    /** Minute buckets come from the minute rollups; a range starting and ending inside a minute reads those minutes' values. */
    @Test
    void aChartWhoseRangeStartsAndEndsInsideMinutesCountsTheirValuesOnce() {
        JsonNode chart = get("/api/v1/patients/" + patientId + "/vitals/heart-rate?from=" + start.plusSeconds(30) + "&to="
                + start.plusSeconds(150) + "&points=3", doctor.token());

        assertThat(chart.get("bucketSeconds").asInt()).isEqualTo(60);
        JsonNode buckets = chart.get("buckets");
        assertThat(buckets).hasSize(3);
        double[][] expected = {{30, 75, 82.25, 89.5}, {60, 60, 74.75, 89.5}, {30, 60, 67.25, 74.5}};
        for (int m = 0; m < 3; m++) {
            JsonNode b = buckets.get(m);
            assertThat(Instant.parse(b.get("start").asText())).isEqualTo(start.plusSeconds(60L * m));
            assertThat(new double[] {b.get("count").asDouble(), b.get("min").asDouble(), b.get("avg").asDouble(), b.get("max").asDouble()})
                    .as("minute %d", m).containsExactly(expected[m]);
        }
    }

    @Test
    void rawValuesComePageByPageWithTokensThatCannotBeBentToAnotherPatient() {
        String base = "/api/v1/patients/" + patientId + "/vitals/heart-rate/values?from=" + start + "&to=" + start.plusSeconds(180) + "&limit=100";
        JsonNode first = get(base, doctor.token());
        String next = first.get("next").asText();
        JsonNode second = get(base + "&page=" + next, doctor.token());

        assertThat(first.get("values")).hasSize(100);
        assertThat(second.get("values")).hasSize(80);
        assertThat(second.get("next") == null || second.get("next").isNull()).isTrue();
        List<Instant> times = new ArrayList<>();
        first.get("values").forEach(v -> times.add(Instant.parse(v.get("measuredAt").asText())));
        second.get("values").forEach(v -> times.add(Instant.parse(v.get("measuredAt").asText())));
        assertThat(times).containsExactlyElementsOf(heartRate.stream().map(Observation::measuredAt).toList());

        // a character in the middle: the last ones of base64url may only carry padding bits
        int middle = next.length() / 2;
        String altered = next.substring(0, middle) + (next.charAt(middle) == 'A' ? 'B' : 'A') + next.substring(middle + 1);
        HttpResponse<String> tampered = world.call("GET", base + "&page=" + altered, null, doctor.token());
        assertThat(tampered.statusCode()).as(tampered.body()).isEqualTo(400);
        assertThat(tampered.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        HttpResponse<String> otherKind = world.call("GET", base.replace("heart-rate", "spo2") + "&page=" + next, null, doctor.token());
        assertThat(otherKind.statusCode()).as("a token of the heart-rate series is refused on spo2").isEqualTo(400);
    }

    @Test
    void aDoctorTakenOffTheCareTeamReadsNothingMore() {
        CareWorld.Person leaving = world.person("doctor");
        String ward = world.admit(world.person("patient"));
        world.addToCareTeam(ward, leaving, "doctor");
        String latest = "/api/v1/patients/" + ward + "/latest-vitals";
        get(latest, leaving.token());

        assertThat(world.call("DELETE", "/api/v1/admin/patients/" + ward + "/care-team/" + leaving.accountId(), null, doctor.token()).statusCode())
                .as("only an admin changes a care team").isEqualTo(403);
        assertThat(world.admin("DELETE", "/api/v1/admin/patients/" + ward + "/care-team/" + leaving.accountId(), null).statusCode()).isEqualTo(204);

        HttpResponse<String> refused = world.call("GET", latest, null, leaving.token());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        HttpResponse<String> again = world.admin("DELETE", "/api/v1/admin/patients/" + ward + "/care-team/" + leaving.accountId(), null);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(Json.parse(again.body()).get("type").asText()).isEqualTo("urn:vigil:problem:not-on-care-team");
        HttpResponse<String> noPatient = world.admin("DELETE", "/api/v1/admin/patients/" + UUID.randomUUID() + "/care-team/" + leaving.accountId(), null);
        assertThat(Json.parse(noPatient.body()).get("type").asText()).isEqualTo("urn:vigil:problem:unknown-patient");

        world.addToCareTeam(ward, leaving, "doctor");
        get(latest, leaving.token()); // back on the team: reading again
    }

    @Test
    void thePatientSeesTheirLatestValues() {
        JsonNode latest = get("/api/v1/patients/" + patientId + "/latest-vitals", patient.token());

        JsonNode hr = find(latest.get("values"), "heart-rate");
        assertThat(hr.get("value").asDouble()).isEqualTo(heartRate.get(179).value());
        assertThat(Instant.parse(hr.get("measuredAt").asText())).isEqualTo(heartRate.get(179).measuredAt());
        assertThat(find(latest.get("values"), "spo2").get("value").asDouble()).isEqualTo(96.0);
    }

    @Test
    void fhirPatientIsValidR4() {
        HttpResponse<String> read = world.call("GET", "/fhir/Patient/" + patientId, null, doctor.token());

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/fhir+json"));
        assertThat(FhirValidation.errors(read.body())).isEmpty();
        JsonNode p = Json.parse(read.body());
        assertThat(p.get("name").get(0).get("family").asText()).isEqualTo("Muster");
        JsonNode search = fhir("/fhir/Patient?_id=" + patientId, patient.token());
        assertThat(search.get("entry")).hasSize(1);
        JsonNode mine = fhir("/fhir/Patient", doctor.token());
        assertThat(mine.get("entry")).extracting(e -> e.get("resource").get("id").asText()).containsExactly(patientId);
    }

    @Test
    void theBloodPressureReadingIsOnePanelWithComponentsAndValidAgainstTheVitalSignsProfile() {
        JsonNode bundle = fhir("/fhir/Observation?patient=" + patientId + "&code=" + enc("http://loinc.org|85354-9"), doctor.token());

        assertThat(bundle.get("type").asText()).isEqualTo("searchset");
        assertThat(bundle.get("entry")).hasSize(1);
        JsonNode panel = bundle.get("entry").get(0).get("resource");
        assertValid(panel);
        assertThat(panel.get("id").asText()).isEqualTo(systolicId.toString());
        assertThat(panel.get("meta").get("profile").toString()).contains("http://hl7.org/fhir/StructureDefinition/bp");
        assertThat(panel.get("component")).extracting(c -> c.get("code").get("coding").get(0).get("code").asText())
                .containsExactly("8480-6", "8462-4", "8478-0");
        assertThat(panel.get("component").get(0).get("valueQuantity").get("value").asDouble()).isEqualTo(128.0);

        HttpResponse<String> read = world.call("GET", "/fhir/Observation/" + systolicId, null, patient.token());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(FhirValidation.errors(read.body())).isEmpty();
    }

    @Test
    void oneHertzHeartRateIsOneValidObservationPerMinute() {
        JsonNode bundle = fhir("/fhir/Observation?patient=Patient/" + patientId + "&code=8867-4", doctor.token());

        assertThat(bundle.get("entry")).hasSize(3);
        for (JsonNode entry : bundle.get("entry")) {
            assertValid(entry.get("resource"));
            assertThat(entry.get("resource").get("valueQuantity").get("code").asText()).isEqualTo("/min");
        }
        assertThat(bundle.get("entry").get(0).get("resource").get("effectiveDateTime").asText()).startsWith(start.toString().substring(0, 16));
        String minuteId = bundle.get("entry").get(1).get("resource").get("id").asText();
        HttpResponse<String> read = world.call("GET", "/fhir/Observation/" + minuteId, null, doctor.token());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Json.parse(read.body()).get("valueQuantity").get("value").asDouble()).isEqualTo(74.8);
    }

    @Test
    void singleValuesAreValidAndDateNarrowsTheSearch() {
        JsonNode spo2 = fhir("/fhir/Observation?patient=" + patientId + "&code=59408-5", doctor.token());
        assertThat(spo2.get("entry")).hasSize(1);
        assertValid(spo2.get("entry").get(0).get("resource"));

        JsonNode all = fhir("/fhir/Observation?patient=" + patientId + "&category=vital-signs", doctor.token());
        assertThat(all.get("entry")).hasSize(6);
        JsonNode firstTwoMinutes = fhir("/fhir/Observation?patient=" + patientId + "&date=ge" + enc(start.toString())
                + "&date=lt" + enc(start.plusSeconds(120).toString()), doctor.token());
        assertThat(firstTwoMinutes.get("entry")).hasSize(2);
        JsonNode afterTheCuff = fhir("/fhir/Observation?patient=" + patientId + "&date=gt" + enc(start.plusSeconds(200).toString()), doctor.token());
        assertThat(afterTheCuff.get("entry")).extracting(e -> e.get("resource").get("code").get("coding").get(0).get("code").asText())
                .containsExactlyInAnyOrder("59408-5", "8310-5");
    }

    @Test
    void aSearchPagesThroughEveryStreamByItsNextLinks() {
        List<String> ids = new ArrayList<>();
        String url = "/fhir/Observation?patient=" + patientId + "&_count=2";
        int pages = 0;
        while (url != null) {
            JsonNode page = fhir(url, doctor.token());
            assertThat(FhirValidation.errors(page.toString())).isEmpty();
            if (page.has("entry")) {
                page.get("entry").forEach(e -> ids.add(e.get("resource").get("id").asText()));
            }
            url = null;
            for (JsonNode link : page.get("link")) {
                if (link.get("relation").asText().equals("next")) {
                    String next = link.get("url").asText();
                    url = next.substring(next.indexOf("/fhir/"));
                }
            }
            pages++;
        }
        assertThat(ids).hasSize(6).doesNotHaveDuplicates();
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void badSearchesAreOperationOutcomes() {
        assertOutcome(world.call("GET", "/fhir/Observation?code=8867-4", null, doctor.token()), 400, "invalid");
        assertOutcome(world.call("GET", "/fhir/Observation?patient=" + patientId + "&date=ge24.11.2026", null, doctor.token()), 400, "invalid");
        assertOutcome(world.call("GET", "/fhir/Observation?patient=" + patientId + "&_page_token=BLOOD_PRESSURE.xyz", null, doctor.token()),
                400, "invalid");
        assertOutcome(world.call("GET", "/fhir/Observation/" + UUID.randomUUID(), null, doctor.token()), 404, "not-found");
        assertOutcome(world.call("GET", "/fhir/Medication/1", null, doctor.token()), 404, "not-found");
        assertOutcome(world.call("DELETE", "/fhir/Patient/" + patientId, null, doctor.token()), 405, "not-supported");
    }

    @Test
    void theCapabilityStatementIsOpenAndValidWithItsInvariants() {
        HttpResponse<String> metadata = world.call("GET", "/fhir/metadata", null, null);

        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(FhirValidation.errors(metadata.body())).as("cpb-14 and the other invariants").isEmpty();
        JsonNode statement = Json.parse(metadata.body());
        assertThat(statement.get("kind").asText()).isEqualTo("instance");
        assertThat(statement.get("implementation").get("url").asText()).endsWith("/fhir/");
        assertThat(statement.get("rest").get(0).get("resource").toString()).contains("\"date\"");
    }

    @Test
    void unknownParametersAreLeftOutOfSelfAndRefusedUnderStrictHandling() {
        String search = "/fhir/Observation?patient=" + patientId + "&flavour=mint&code=59408-5";

        JsonNode lenient = fhir(search, doctor.token());
        assertThat(lenient.get("entry")).hasSize(1);
        assertThat(link(lenient, "self")).contains("patient=" + patientId).contains("code=59408-5").doesNotContain("flavour");

        HttpResponse<String> strict = world.call("GET", search, null, doctor.token(), Map.of("Prefer", "handling=strict"));
        assertOutcome(strict, 400, "invalid");
        assertThat(strict.body()).contains("flavour");
        assertThat(world.call("GET", "/fhir/Observation?patient=" + patientId + "&code=59408-5", null, doctor.token(),
                Map.of("Prefer", "handling=strict")).statusCode()).as("only known parameters").isEqualTo(200);

        String sortAcrossCodes = "/fhir/Observation?patient=" + patientId + "&_sort=-date&_count=2";
        assertThat(link(fhir(sortAcrossCodes, doctor.token()), "self")).doesNotContain("_sort");
        assertOutcome(world.call("GET", sortAcrossCodes, null, doctor.token(), Map.of("Prefer", "handling=strict")), 400, "invalid");
    }

    @Test
    void aSearchSortsByDateBothWaysAndTheSelfLinkSaysSo() {
        JsonNode newest = fhir("/fhir/Observation?patient=" + patientId + "&_sort=-date", doctor.token());
        JsonNode oldest = fhir("/fhir/Observation?patient=" + patientId + "&_sort=date", doctor.token());

        assertThat(effectiveTimes(newest)).hasSize(6).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(effectiveTimes(oldest)).hasSize(6).isSorted();
        assertThat(link(newest, "self")).contains("_sort=-date");
        assertThat(link(oldest, "self")).contains("_sort=date");
        JsonNode oneCodeOnPages = fhir("/fhir/Observation?patient=" + patientId + "&code=59408-5,8310-5&category=vital-signs&_sort=date&_count=1",
                doctor.token());
        assertThat(link(oneCodeOnPages, "self")).as("two codes over two pages").doesNotContain("_sort");
    }

    private static List<Instant> effectiveTimes(JsonNode bundle) {
        List<Instant> times = new ArrayList<>();
        bundle.get("entry").forEach(e -> times.add(Instant.parse(e.get("resource").get("effectiveDateTime").asText())));
        return times;
    }

    @Test
    void aDateTimeWithoutAZoneIsUtcAndACountThatIsNoNumberIsAnOutcome() {
        String zoned = enc(start.plusSeconds(200).toString());
        String local = enc(start.plusSeconds(200).toString().replace("Z", ""));

        JsonNode withZone = fhir("/fhir/Observation?patient=" + patientId + "&date=gt" + zoned, doctor.token());
        JsonNode withoutZone = fhir("/fhir/Observation?patient=" + patientId + "&date=gt" + local, doctor.token());

        assertThat(withoutZone.get("entry")).hasSize(2);
        assertThat(withoutZone.get("entry").toString()).isEqualTo(withZone.get("entry").toString());
        assertOutcome(world.call("GET", "/fhir/Observation?patient=" + patientId + "&_count=abc", null, doctor.token()), 400, "invalid");
        assertOutcome(world.call("GET", "/fhir/AuditEvent?patient=" + patientId + "&_count=abc", null, world.oidc().adminToken()), 400, "invalid");
    }

    @Test
    void pagesLinkToTheFirstAndATotalIsGivenWhenKnown() {
        JsonNode first = fhir("/fhir/Observation?patient=" + patientId + "&_count=2", doctor.token());
        assertThat(first.has("total")).as("six Observations over three pages are not counted").isFalse();
        assertThat(link(first, "first")).isEqualTo(link(first, "self"));
        String next = link(first, "next");
        JsonNode second = fhir(next.substring(next.indexOf("/fhir/")), doctor.token());
        assertThat(link(second, "self")).isEqualTo(next);
        assertThat(link(second, "first")).isEqualTo(link(first, "self")).doesNotContain("_page_token");
        assertThat(fhir("/fhir/Observation?patient=" + patientId, doctor.token()).get("total").asInt()).isEqualTo(6);
        assertThat(fhir("/fhir/Patient?_id=" + patientId, doctor.token()).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void theAuditTrailSearchesByDateSortsBothWaysAndCountsItsTotal() {
        world.call("GET", "/fhir/Patient/" + patientId, null, doctor.token());
        world.call("GET", "/fhir/Patient/" + patientId, null, patient.token());
        String admin = world.oidc().adminToken();
        JsonNode all = fhir("/fhir/AuditEvent?patient=" + patientId + "&_count=500", admin);
        int total = all.get("total").asInt();
        assertThat(total).isEqualTo(all.get("entry").size()).isGreaterThanOrEqualTo(2);

        JsonNode oldest = fhir("/fhir/AuditEvent?patient=" + patientId + "&_sort=date&_count=2", admin);
        List<Instant> recorded = new ArrayList<>();
        oldest.get("entry").forEach(e -> recorded.add(Instant.parse(e.get("resource").get("recorded").asText())));
        assertThat(recorded).hasSize(2).isSorted();
        assertThat(oldest.get("total").asInt()).as("the total counts every page, and this search's own read").isGreaterThan(total);
        assertThat(link(oldest, "next")).contains("_sort=date");
        List<Instant> newest = new ArrayList<>();
        fhir("/fhir/AuditEvent?patient=" + patientId + "&_sort=-date&_count=3", admin).get("entry")
                .forEach(e -> newest.add(Instant.parse(e.get("resource").get("recorded").asText())));
        assertThat(newest).isSortedAccordingTo(Comparator.reverseOrder());

        JsonNode before = fhir("/fhir/AuditEvent?patient=" + patientId + "&date=lt2001-01-01", admin);
        assertThat(before.get("total").asInt()).isZero();
        assertThat(before.has("entry")).isFalse();
        JsonNode since = fhir("/fhir/AuditEvent?patient=" + patientId + "&date=ge" + enc(recorded.get(0).toString()), admin);
        assertThat(since.get("total").asInt()).isPositive();
        String token = link(oldest, "next").replaceAll(".*_page_token=", "");
        assertOutcome(world.call("GET", "/fhir/AuditEvent?patient=" + patientId + "&_sort=-date&_count=2&_page_token=" + token, null, admin),
                400, "invalid");
    }

    private static String link(JsonNode bundle, String relation) {
        for (JsonNode link : bundle.get("link")) {
            if (link.get("relation").asText().equals(relation)) {
                return link.get("url").asText();
            }
        }
        throw new AssertionError("no " + relation + " link in " + bundle);
    }

    @Test
    void everyReadIsInTheAuditTrailAsValidBalpShapedAuditEvents() {
        String what = "/api/v1/patients/" + patientId + "/latest-vitals";
        world.call("GET", what, null, patient.token());
        world.call("GET", "/fhir/Patient/" + patientId, null, doctor.token());
        CareWorld.Person stranger = world.person("doctor");
        assertThat(world.call("GET", "/fhir/Patient/" + patientId, null, stranger.token()).statusCode()).isEqualTo(403);

        JsonNode trail = fhir("/fhir/AuditEvent?patient=" + patientId + "&_count=500", world.oidc().adminToken());

        List<JsonNode> events = new ArrayList<>();
        trail.get("entry").forEach(e -> events.add(e.get("resource")));
        for (JsonNode event : events.subList(0, Math.min(events.size(), 10))) {
            assertThat(FhirValidation.errors(event.toString())).as(event.toString()).isEmpty();
        }
        assertThat(events).anySatisfy(e -> {
            assertThat(requestor(e)).isEqualTo(patient.accountId());
            assertThat(e.get("action").asText()).isEqualTo("E");
            assertThat(e.get("outcome").asText()).isEqualTo("0");
            assertThat(query(e)).isEqualTo("GET " + what);
            assertThat(e.get("entity").get(0).get("what").get("reference").asText()).isEqualTo("Patient/" + patientId);
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(requestor(e)).isEqualTo(doctor.accountId());
            assertThat(e.get("action").asText()).isEqualTo("R");
            assertThat(e.get("entity").get(1).get("what").get("reference").asText()).isEqualTo("Patient/" + patientId);
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(requestor(e)).isEqualTo(stranger.accountId());
            assertThat(e.get("outcome").asText()).isEqualTo("4");
        });
        assertOutcome(world.call("GET", "/fhir/AuditEvent?patient=" + patientId, null, doctor.token()), 403, "forbidden");
    }

    private static String requestor(JsonNode event) {
        for (JsonNode agent : event.get("agent")) {
            if (agent.get("requestor").asBoolean()) {
                return agent.get("who").get("identifier").get("value").asText();
            }
        }
        throw new AssertionError("no requestor in " + event);
    }

    private static String query(JsonNode event) {
        JsonNode q = event.get("entity").get(1).get("query");
        return q == null ? null : new String(Base64.getDecoder().decode(q.asText()), StandardCharsets.UTF_8);
    }

    private static JsonNode find(JsonNode values, String kind) {
        for (JsonNode v : values) {
            if (v.get("kind").asText().equals(kind)) {
                return v;
            }
        }
        throw new AssertionError("no " + kind + " in " + values);
    }

    private JsonNode get(String path, String token) {
        HttpResponse<String> response = world.call("GET", path, null, token);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private JsonNode fhir(String path, String token) {
        HttpResponse<String> response = world.call("GET", path, null, token);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/fhir+json"));
        return Json.parse(response.body());
    }

    private static void assertValid(JsonNode resource) {
        assertThat(FhirValidation.errors(resource.toString())).as(resource.toPrettyString()).isEmpty();
    }

    static void assertOutcome(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/fhir+json"));
        JsonNode outcome = Json.parse(response.body());
        assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(outcome.get("issue").get(0).get("code").asText()).isEqualTo(code);
        assertThat(FhirValidation.errors(response.body())).isEmpty();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
