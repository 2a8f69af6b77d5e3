package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.client.sdk.care.StationFeed;
import org.vigil.client.sdk.care.StationMessage;
import org.vigil.it.support.CareStaff;
import org.vigil.it.support.CareWorld;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.RxScene;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * Every care endpoint against every kind of caller: only the allowed succeed; every denial is a
 * clean 401 or 403 (problem+json on {@code /api}, OperationOutcome on {@code /fhir}); every read
 * of patient data, allowed or refused, leaves an audit record. New endpoints are new rows of
 * {@link #ENDPOINTS}; new kinds of caller (an assigned station) are new {@link Caller}s.
 */
@ExtendWith(VigilServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareAuthorizationMatrixIT {

    /**
     * {@code STATION} is a registered station not assigned to the patient, {@code ASSIGNED_STATION} one that is.
     * {@code ADMIN_VIA_OUTSIDE_APP} is a person with the admin role signed in to a third-party application;
     * {@code ADMIN_WITHOUT_SCOPE} one signed in to a first-party application that did not ask for {@code vigil:admin}:
     * neither may do anything an admin may. {@code KYC_TERMINAL} is an enrolled KYC terminal (issue #18).
     * {@code PATIENT_VIA_SMART_APP} is the patient's token of an outside SMART app she consented to (issue #22): it reads
     * her Patient record and Observations through FHIR, and nothing else.
     */
    enum Caller { ANONYMOUS, BAD_TOKEN, PATIENT, OTHER_PATIENT, DOCTOR_IN_TEAM, DOCTOR_IN_TEAM_VIA_OUTSIDE_APP, DOCTOR_NOT_IN_TEAM, NURSE_IN_TEAM,
        SUPERVISOR, ADMIN, ADMIN_VIA_OUTSIDE_APP, ADMIN_WITHOUT_SCOPE, GATEWAY, STATION, ASSIGNED_STATION, PHARMACIST,
        KYC_TERMINAL, PATIENT_VIA_SMART_APP }

    static final Set<Caller> READERS = EnumSet.of(Caller.PATIENT, Caller.DOCTOR_IN_TEAM, Caller.NURSE_IN_TEAM, Caller.ASSIGNED_STATION);
    static final Set<Caller> CARE_TEAM = EnumSet.of(Caller.DOCTOR_IN_TEAM, Caller.NURSE_IN_TEAM);
    static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    /** The readers, and the patient's SMART app for the resource types its scopes name (patient/Patient.r, patient/Observation.rs). */
    static final Set<Caller> READERS_AND_SMART_APP = EnumSet.of(Caller.PATIENT, Caller.DOCTOR_IN_TEAM, Caller.NURSE_IN_TEAM,
            Caller.ASSIGNED_STATION, Caller.PATIENT_VIA_SMART_APP);
    /** People through Vigil's own applications: what they allowed outside apps is theirs to see. */
    static final Set<Caller> PEOPLE_VIA_OWN_APPS = EnumSet.of(Caller.PATIENT, Caller.OTHER_PATIENT, Caller.DOCTOR_IN_TEAM,
            Caller.DOCTOR_NOT_IN_TEAM, Caller.NURSE_IN_TEAM, Caller.SUPERVISOR, Caller.ADMIN_WITHOUT_SCOPE, Caller.PHARMACIST);
    /** Who reads a prescription that arrived at its pharmacy: the patient's readers and the pharmacy's pharmacist. */
    static final Set<Caller> PRESCRIPTION_READERS = EnumSet.of(Caller.PATIENT, Caller.DOCTOR_IN_TEAM, Caller.NURSE_IN_TEAM,
            Caller.ASSIGNED_STATION, Caller.PHARMACIST);

    /**
     * The world a row's request is built in: the patient under test, a spare station, and queues of things an allowed call
     * uses up (an alert acknowledged or snoozed, an assignment moved or released): every caller of a row is shown the head
     * of its queue, and an allowed call's success removes it, so the next allowed caller gets a fresh one.
     */
    record Scene(String patientId, String patientAccountId, String bloodPressureId, String spareStationId, Deque<String> openAlerts,
            Deque<String> assignments, Deque<String> teamMembers, Prescriptions rx) {

        String teamMember() {
            return teamMembers.getFirst();
        }


        String alert() {
            return openAlerts.getFirst();
        }

        String assignment() {
            return assignments.getFirst();
        }
    }

    /**
     * What the prescription rows need: one prescription that arrived at its pharmacy, drafts of the team's doctor (signing and
     * cancelling use them up), the pharmacy, a second one of the same pharmacist with nothing in it (its inbox reads no
     * patient's data), and pharmacists to take off.
     */
    record Prescriptions(String received, Deque<String> drafts, String pharmacyId, String emptyPharmacyId, Deque<String> pharmacists) {

        String draft() {
            return drafts.getFirst();
        }
    }

    /**
     * One endpoint: how to call it, who may, and whether it reads patient data (then each call is audited).
     * {@code success} is the status an allowed caller gets; {@code usesUp} the scene queue an allowed call consumes.
     */
    record Endpoint(String name, String method, Function<Scene, String> path, Function<Scene, String> body, Set<Caller> allowed, int success,
            boolean readsPatientData, Function<Scene, Deque<String>> usesUp) {

        Endpoint(String name, String method, Function<Scene, String> path, Function<Scene, String> body, Set<Caller> allowed, int success,
                boolean readsPatientData) {
            this(name, method, path, body, allowed, success, readsPatientData, s -> null);
        }

        boolean fhir(Scene scene) {
            return path.apply(scene).startsWith("/fhir/");
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("admit a patient", "POST", s -> "/api/v1/admin/patients", s -> Json.write(Map.of("accountId", UUID.randomUUID(),
                    "familyName", "Row", "givenName", "Matrix", "birthDate", "1960-01-01", "sex", "male")), EnumSet.of(Caller.ADMIN), 201, false),
            new Endpoint("enroll a gateway", "POST", s -> "/api/v1/admin/gateways",
                    s -> Json.write(Map.of("clientId", "gateway-" + UUID.randomUUID(), "patientId", s.patientId())), EnumSet.of(Caller.ADMIN), 201, false),
            new Endpoint("name a care team member", "POST", s -> "/api/v1/admin/patients/" + s.patientId() + "/care-team",
                    s -> Json.write(Map.of("accountId", UUID.randomUUID(), "role", "nurse")), EnumSet.of(Caller.ADMIN), 201, false),
            new Endpoint("take someone off a care team", "DELETE", s -> "/api/v1/admin/patients/" + s.patientId() + "/care-team/" + s.teamMember(),
                    s -> null, EnumSet.of(Caller.ADMIN), 204, false, Scene::teamMembers),
            new Endpoint("grant a role", "PUT", s -> "/api/v1/admin/accounts/" + s.patientAccountId() + "/roles/patient", s -> null,
                    EnumSet.of(Caller.ADMIN), 200, false),
            new Endpoint("upload observations", "POST", s -> "/api/v1/observations", s -> Json.write(Map.of("observations", List.of(Map.of(
                    "measurementId", UUID.randomUUID(), "kind", "heart-rate", "value", 70, "unit", "/min",
                    "measuredAt", Instant.now().minusSeconds(5).toString())))), EnumSet.of(Caller.GATEWAY), 200, false),
            new Endpoint("chart", "GET", s -> "/api/v1/patients/" + s.patientId() + "/vitals/heart-rate", s -> null, READERS, 200, true),
            new Endpoint("raw values", "GET", s -> "/api/v1/patients/" + s.patientId() + "/vitals/heart-rate/values?limit=10", s -> null,
                    READERS, 200, true),
            new Endpoint("latest values", "GET", s -> "/api/v1/patients/" + s.patientId() + "/latest-vitals", s -> null, READERS, 200, true),
            new Endpoint("open alerts", "GET", s -> "/api/v1/patients/" + s.patientId() + "/open-alerts", s -> null, READERS, 200, true),
            new Endpoint("patient card", "GET", s -> "/api/v1/patients/" + s.patientId(), s -> null, READERS, 200, true),
            new Endpoint("a patient's video calls", "GET", s -> "/api/v1/patients/" + s.patientId() + "/calls", s -> null, READERS, 200, true),
            new Endpoint("choose the SpO2 scale", "PUT", s -> "/api/v1/patients/" + s.patientId() + "/spo2-scale",
                    s -> Json.write(Map.of("scale", 1)), EnumSet.of(Caller.DOCTOR_IN_TEAM), 200, false),
            new Endpoint("whether the gateway answers calls by itself", "PUT", s -> "/api/v1/patients/" + s.patientId() + "/call-settings",
                    s -> Json.write(Map.of("autoAnswer", false)), EnumSet.of(Caller.DOCTOR_IN_TEAM, Caller.SUPERVISOR), 204, false),
            new Endpoint("supervision board", "GET", s -> "/api/v1/supervision/board", s -> null, EnumSet.of(Caller.SUPERVISOR), 200, false),
            new Endpoint("FHIR Patient read", "GET", s -> "/fhir/Patient/" + s.patientId(), s -> null, READERS_AND_SMART_APP, 200, true),
            new Endpoint("FHIR Patient search", "GET", s -> "/fhir/Patient?_id=" + s.patientId(), s -> null, READERS, 200, true),
            new Endpoint("FHIR Observation search", "GET", s -> "/fhir/Observation?patient=" + s.patientId(), s -> null, READERS_AND_SMART_APP,
                    200, true),
            new Endpoint("FHIR Observation read", "GET", s -> "/fhir/Observation/" + s.bloodPressureId(), s -> null, READERS_AND_SMART_APP,
                    200, true),
            new Endpoint("FHIR AuditEvent search", "GET", s -> "/fhir/AuditEvent?patient=" + s.patientId(), s -> null, EnumSet.of(Caller.ADMIN),
                    200, false),
            new Endpoint("FHIR capabilities", "GET", s -> "/fhir/metadata", s -> null, EVERYONE, 200, false),
            new Endpoint("SMART configuration", "GET", s -> "/fhir/.well-known/smart-configuration", s -> null, EVERYONE, 200, false),
            new Endpoint("a person's app grants", "GET", s -> "/api/v1/me/app-grants", s -> null, PEOPLE_VIA_OWN_APPS, 200, false),
            // nobody in the matrix allowed this app: a person reaches the withdrawal and learns there is nothing to withdraw
            new Endpoint("withdraw an app grant", "DELETE", s -> "/api/v1/me/app-grants/no-such-app", s -> null, PEOPLE_VIA_OWN_APPS, 404,
                    false),
            // The API's description and its reference page: open to all, as they hold no one's data.
            new Endpoint("OpenAPI document", "GET", s -> "/openapi?format=JSON", s -> null, EVERYONE, 200, false),
            new Endpoint("API reference page", "GET", s -> "/api/docs", s -> null, EVERYONE, 200, false),
            new Endpoint("register a station", "POST", s -> "/api/v1/admin/stations",
                    s -> Json.write(Map.of("clientId", "station-" + UUID.randomUUID(), "name", "Matrix")), EnumSet.of(Caller.ADMIN), 201, false),
            new Endpoint("assign", "POST", s -> "/api/v1/assignments",
                    s -> Json.write(Map.of("patientId", s.patientId(), "stationId", s.spareStationId())), EnumSet.of(Caller.SUPERVISOR), 201, false),
            new Endpoint("reassign", "POST", s -> "/api/v1/assignments/" + s.assignment() + "/reassignment",
                    s -> Json.write(Map.of("stationId", s.spareStationId())), EnumSet.of(Caller.SUPERVISOR), 200, false, Scene::assignments),
            new Endpoint("release", "POST", s -> "/api/v1/assignments/" + s.assignment() + "/release",
                    s -> Json.write(Map.of("reason", "discharged")), EnumSet.of(Caller.SUPERVISOR), 200, false, Scene::assignments),
            new Endpoint("assignment history", "GET", s -> "/api/v1/assignments?patientId=" + s.patientId(), s -> null,
                    EnumSet.of(Caller.SUPERVISOR), 200, false),
            new Endpoint("read an alert", "GET", s -> "/api/v1/alerts/" + s.alert(), s -> null, CARE_TEAM, 200, false),
            new Endpoint("acknowledge an alert", "POST", s -> "/api/v1/alerts/" + s.alert() + "/acknowledgement", s -> null, CARE_TEAM, 200,
                    false, Scene::openAlerts),
            new Endpoint("snooze an alert", "POST", s -> "/api/v1/alerts/" + s.alert() + "/snooze",
                    s -> Json.write(Map.of("until", Instant.now().plus(30, ChronoUnit.MINUTES).toString(), "reason", "matrix")), CARE_TEAM, 200,
                    false, Scene::openAlerts),
            new Endpoint("set a threshold", "PUT", s -> "/api/v1/patients/" + s.patientId() + "/thresholds/body-temperature",
                    s -> Json.write(Map.of("low", 35.0, "high", 39.0)), CARE_TEAM, 204, false),
            new Endpoint("set a silence limit", "PUT", s -> "/api/v1/patients/" + s.patientId() + "/silence-limits/*",
                    s -> Json.write(Map.of("maxSilenceSeconds", 604_800)), CARE_TEAM, 204, false),
            new Endpoint("enter a bedside assessment", "POST", s -> "/api/v1/patients/" + s.patientId() + "/assessments",
                    s -> Json.write(Map.of("consciousness", "alert", "supplementalOxygen", false)), CARE_TEAM, 201, false),
            new Endpoint("draft a prescription", "POST", s -> "/api/v1/prescriptions", s -> Json.write(Map.of("patientId", s.patientId(),
                    "items", List.of(Map.of("medication", "Ramipril", "dose", "1 tablet", "route", "oral", "frequency", "daily",
                            "quantity", "30 tablets")))), EnumSet.of(Caller.DOCTOR_IN_TEAM), 201, false),
            new Endpoint("revise a draft", "PUT", s -> "/api/v1/prescriptions/" + s.rx().draft(), s -> Json.write(Map.of("items",
                    List.of(Map.of("medication", "Ramipril", "dose", "2 tablets", "route", "oral", "frequency", "daily",
                            "quantity", "60 tablets")))), EnumSet.of(Caller.DOCTOR_IN_TEAM), 200, false),
            new Endpoint("request signatures", "POST", s -> "/api/v1/prescriptions/signing-requests",
                    s -> Json.write(Map.of("prescriptions", List.of(s.rx().draft()))), EnumSet.of(Caller.DOCTOR_IN_TEAM), 202, false),
            new Endpoint("read a prescription", "GET", s -> "/api/v1/prescriptions/" + s.rx().received(), s -> null, PRESCRIPTION_READERS,
                    200, true),
            new Endpoint("a patient's prescriptions", "GET", s -> "/api/v1/prescriptions?patientId=" + s.patientId(), s -> null, READERS,
                    200, true),
            new Endpoint("a prescription's PDF", "GET", s -> "/api/v1/prescriptions/" + s.rx().received() + "/pdf", s -> null,
                    PRESCRIPTION_READERS, 200, true),
            new Endpoint("a prescription's signature report", "GET", s -> "/api/v1/prescriptions/" + s.rx().received() + "/signature-report",
                    s -> null, PRESCRIPTION_READERS, 200, true),
            new Endpoint("FHIR MedicationRequest read", "GET", s -> "/fhir/MedicationRequest/" + s.rx().received() + "-1", s -> null,
                    PRESCRIPTION_READERS, 200, true),
            new Endpoint("FHIR MedicationRequest search", "GET", s -> "/fhir/MedicationRequest?patient=" + s.patientId(), s -> null, READERS,
                    200, true),
            new Endpoint("a pharmacist's pharmacies", "GET", s -> "/api/v1/pharmacies", s -> null, EnumSet.of(Caller.PHARMACIST), 200, false),
            new Endpoint("a pharmacy's inbox", "GET", s -> "/api/v1/pharmacies/" + s.rx().emptyPharmacyId() + "/prescriptions", s -> null,
                    EnumSet.of(Caller.PHARMACIST), 200, false),
            new Endpoint("a pharmacy step", "POST", s -> "/api/v1/prescriptions/" + s.rx().received() + "/pharmacy-steps",
                    s -> Json.write(Map.of("status", "verified")), EnumSet.of(Caller.PHARMACIST), 200, false),
            new Endpoint("cancel a prescription", "POST", s -> "/api/v1/prescriptions/" + s.rx().draft() + "/cancellation",
                    s -> Json.write(Map.of("reason", "matrix")), EnumSet.of(Caller.DOCTOR_IN_TEAM), 200, false, s -> s.rx().drafts()),
            new Endpoint("register a pharmacy", "POST", s -> "/api/v1/admin/pharmacies", s -> Json.write(Map.of("name", "Matrix pharmacy",
                    "address", "1 Row Street")), EnumSet.of(Caller.ADMIN), 201, false),
            new Endpoint("list pharmacies", "GET", s -> "/api/v1/admin/pharmacies", s -> null, EnumSet.of(Caller.ADMIN), 200, false),
            new Endpoint("name a pharmacist", "POST", s -> "/api/v1/admin/pharmacies/" + s.rx().emptyPharmacyId() + "/pharmacists",
                    s -> Json.write(Map.of("accountId", UUID.randomUUID())), EnumSet.of(Caller.ADMIN), 200, false),
            new Endpoint("take a pharmacist off", "DELETE", s -> "/api/v1/admin/pharmacies/" + s.rx().emptyPharmacyId() + "/pharmacists/"
                    + s.rx().pharmacists().getFirst(), s -> null, EnumSet.of(Caller.ADMIN), 200, false, s -> s.rx().pharmacists()),
            new Endpoint("choose a patient's pharmacy", "PUT", s -> "/api/v1/admin/patients/" + s.patientId() + "/pharmacy",
                    s -> Json.write(Map.of("pharmacyId", s.rx().pharmacyId())), EnumSet.of(Caller.ADMIN), 200, false),
            // the stats server: devices report with their own tokens only; the fleet's figures are for admins
            new Endpoint("report a device's health", "POST", s -> "/api/v1/stats/reports", s -> Json.write(Map.of("uptimeSeconds", 60)),
                    EnumSet.of(Caller.GATEWAY, Caller.STATION, Caller.ASSIGNED_STATION, Caller.KYC_TERMINAL), 204, false),
            // KYC level 2: only a KYC terminal's own token reaches the checks (this read is no MRZ: 422 mrz-format)
            new Endpoint("submit chip evidence", "POST", s -> "/api/v1/kyc/chip-evidence", s -> Json.write(Map.of("accountId",
                    s.patientAccountId(), "mrz", "NOT AN MRZ", "dg1", "AQID", "dg2", "AQID", "sod", "AQID")),
                    EnumSet.of(Caller.KYC_TERMINAL), 422, false),
            new Endpoint("read the KYC terminal configuration", "GET", s -> "/api/v1/kyc/terminal-configuration", s -> null,
                    EnumSet.of(Caller.KYC_TERMINAL), 200, false),
            // KYC level 3: only a KYC officer at level 3 (none of these callers; KycInPersonIT has her) reaches the people and
            // their evidence; the bootstrap of the first officers is an admin's (this account holds no kyc-officer role: 409)
            new Endpoint("find people for an in-person check", "GET", s -> "/api/v1/kyc/people?q=Muster", s -> null,
                    EnumSet.noneOf(Caller.class), 200, false),
            new Endpoint("read a person's KYC evidence", "GET", s -> "/api/v1/kyc/people/" + s.patientAccountId() + "/evidence", s -> null,
                    EnumSet.noneOf(Caller.class), 200, false),
            new Endpoint("read a person's chip face image", "GET", s -> "/api/v1/kyc/people/" + s.patientAccountId() + "/face", s -> null,
                    EnumSet.noneOf(Caller.class), 200, false),
            new Endpoint("record an in-person KYC decision", "POST", s -> "/api/v1/kyc/people/" + s.patientAccountId() + "/decisions",
                    s -> Json.write(Map.of("decision", "approved")), EnumSet.noneOf(Caller.class), 201, false),
            new Endpoint("bootstrap a first KYC officer", "POST", s -> "/api/v1/admin/accounts/" + s.patientAccountId()
                    + "/kyc-officer-bootstrap", s -> Json.write(Map.of("reason", "matrix")), EnumSet.of(Caller.ADMIN), 409, false),
            new Endpoint("read the fleet's figures", "GET", s -> "/api/v1/stats/metrics", s -> null, EnumSet.of(Caller.ADMIN), 200, false));

    /** Open alerts the rows use up (two acknowledgements, two snoozes), and one left as the head for the callers after the last. */
    private static final int ALERTS_NEEDED = 5;

    private CareWorld world;
    private URI baseUrl;
    private Scene scene;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final Map<Caller, String> subjects = new EnumMap<>(Caller.class);
    private final List<String> expectedAudit = new ArrayList<>();

    @BeforeAll
    void everyKindOfCaller(WildFlyServer server, MailCatcher mail) throws Exception {
        world = new CareWorld(server, mail);
        baseUrl = server.baseUrl();
        CareWorld.Person patient = world.person("patient");
        CareWorld.Person otherPatient = world.person("patient");
        CareWorld.Person doctor = world.person("doctor");
        CareWorld.Person outsider = world.person("doctor");
        CareWorld.Person nurse = world.person("nurse");
        CareWorld.Person supervisor = world.person("supervisor");
        String patientId = world.admit(patient);
        world.admit(otherPatient);
        world.addToCareTeam(patientId, doctor, "doctor");
        world.addToCareTeam(patientId, nurse, "nurse");
        // on the team, but this token was issued to an application that is not Vigil's own
        CareWorld.Person doctorViaApp = world.personViaOutsideApp("doctor");
        world.addToCareTeam(patientId, doctorViaApp, "doctor");
        DeviceClient gateway = world.gateway(patientId);
        DeviceClient station = DeviceClient.register(world.oidc(), "station");
        world.station(station);
        DeviceClient assignedStation = DeviceClient.register(world.oidc(), "station");
        String assignedStationId = world.station(assignedStation);
        String spareStationId = world.station(DeviceClient.register(world.oidc(), "station"));
        world.assign(supervisor, patientId, assignedStationId);
        Deque<String> assignments = new ArrayDeque<>();
        for (int i = 0; i < 3; i++) { // reassigned, released, and one left as the head for the callers after the last
            assignments.add(world.assign(supervisor, world.admit(new CareWorld.Person(UUID.randomUUID().toString(), null, null)), assignedStationId));
        }

        UUID systolic = UUID.randomUUID();
        Instant cuff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        HttpResponse<String> uploaded = world.call("POST", "/api/v1/observations", Json.write(Map.of("observations", List.of(
                Map.of("measurementId", systolic, "kind", "systolic-pressure", "value", 121, "unit", "mm[Hg]", "measuredAt", cuff.toString()),
                Map.of("measurementId", UUID.randomUUID(), "kind", "diastolic-pressure", "value", 79, "unit", "mm[Hg]", "measuredAt", cuff.toString())))),
                gateway.token(world.oidc()));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        Deque<String> openAlerts = new ArrayDeque<>(raiseAlerts(gateway, assignedStation));
        Deque<String> teamMembers = new ArrayDeque<>();
        for (int i = 0; i < 2; i++) { // one taken off, and one left as the head for the callers after the admin
            CareWorld.Person member = new CareWorld.Person(UUID.randomUUID().toString(), null, null);
            world.addToCareTeam(patientId, member, "nurse");
            teamMembers.add(member.accountId());
        }
        CareWorld.Person pharmacist = world.person("pharmacist");
        scene = new Scene(patientId, patient.accountId(), systolic.toString(), spareStationId, openAlerts, assignments, teamMembers,
                prescriptions(server, mail, patientId, doctor, pharmacist));
        put(Caller.PHARMACIST, pharmacist);

        tokens.put(Caller.BAD_TOKEN, "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl");
        put(Caller.PATIENT, patient);
        put(Caller.PATIENT_VIA_SMART_APP, world.viaSmartApp(patient));
        put(Caller.OTHER_PATIENT, otherPatient);
        put(Caller.DOCTOR_IN_TEAM, doctor);
        put(Caller.DOCTOR_IN_TEAM_VIA_OUTSIDE_APP, doctorViaApp);
        put(Caller.DOCTOR_NOT_IN_TEAM, outsider);
        put(Caller.NURSE_IN_TEAM, nurse);
        put(Caller.SUPERVISOR, supervisor);
        put(Caller.ADMIN_VIA_OUTSIDE_APP, world.personViaOutsideApp("admin"));
        put(Caller.ADMIN_WITHOUT_SCOPE, world.person("admin"));
        tokens.put(Caller.ADMIN, world.oidc().adminToken());
        subjects.put(Caller.ADMIN, "vigil-admin");
        tokens.put(Caller.GATEWAY, gateway.token(world.oidc()));
        subjects.put(Caller.GATEWAY, gateway.clientId());
        tokens.put(Caller.STATION, station.token(world.oidc()));
        subjects.put(Caller.STATION, station.clientId());
        DeviceClient kycTerminal = DeviceClient.register(world.oidc(), "kyc-terminal");
        tokens.put(Caller.KYC_TERMINAL, kycTerminal.token(world.oidc()));
        subjects.put(Caller.KYC_TERMINAL, kycTerminal.clientId());
        tokens.put(Caller.ASSIGNED_STATION, assignedStation.token(world.oidc()));
        subjects.put(Caller.ASSIGNED_STATION, assignedStation.clientId());
    }

    /** A pharmacy with the pharmacist, chosen by the patient; a prescription signed by another team doctor's device that arrived there. */
    private Prescriptions prescriptions(WildFlyServer server, MailCatcher mail, String patientId, CareWorld.Person doctor,
            CareWorld.Person pharmacist) {
        String pharmacyId = RxScene.ok(world.admin("POST", "/api/v1/admin/pharmacies", Json.write(Map.of("name", "Matrix pharmacy",
                "address", "1 Row Street"))), 201).get("id").asText();
        String emptyPharmacyId = RxScene.ok(world.admin("POST", "/api/v1/admin/pharmacies", Json.write(Map.of("name", "Empty pharmacy",
                "address", "2 Row Street"))), 201).get("id").asText();
        Deque<String> pharmacists = new ArrayDeque<>();
        for (String pharmacy : List.of(pharmacyId, emptyPharmacyId)) {
            RxScene.ok(world.admin("POST", "/api/v1/admin/pharmacies/" + pharmacy + "/pharmacists",
                    Json.write(Map.of("accountId", pharmacist.accountId()))), 200);
        }
        for (int i = 0; i < 2; i++) { // one taken off, and one left as the head for the callers after the admin
            String spare = UUID.randomUUID().toString();
            RxScene.ok(world.admin("POST", "/api/v1/admin/pharmacies/" + emptyPharmacyId + "/pharmacists",
                    Json.write(Map.of("accountId", spare))), 200);
            pharmacists.add(spare);
        }
        RxScene.ok(world.admin("PUT", "/api/v1/admin/patients/" + patientId + "/pharmacy", Json.write(Map.of("pharmacyId", pharmacyId))), 200);
        CareStaff prescriber = CareStaff.login(server, mail, "doctor");
        world.addToCareTeam(patientId, new CareWorld.Person(prescriber.accountId(), null, null), "doctor");
        Map<String, Object> draft = RxScene.draft(patientId, "Metformin");
        JsonNode signed = RxScene.ok(world.call("POST", "/api/v1/prescriptions", Json.write(draft), prescriber.accessToken()), 201);
        String received = signed.get("id").asText();
        RxScene.ok(world.call("POST", "/api/v1/prescriptions/signing-requests", Json.write(Map.of("prescriptions", List.of(received))),
                prescriber.accessToken()), 202);
        RxScene.approveSigning(prescriber.device(), signed.get("number").asText());
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            String status = RxScene.ok(world.call("GET", "/api/v1/prescriptions/" + received, null, prescriber.accessToken()), 200)
                    .get("status").asText();
            // each look is a read of the patient's data, on the trail like any other
            expectedAudit.add(prescriber.accountId() + " 0");
            if ("received".equals(status)) {
                break;
            }
            assertThat(Instant.now()).as("the signed prescription reaches its pharmacy").isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Deque<String> drafts = new ArrayDeque<>();
        for (int i = 0; i < 2; i++) { // one cancelled, and one left as the head for the callers after the doctor
            drafts.add(RxScene.ok(world.call("POST", "/api/v1/prescriptions", Json.write(RxScene.draft(patientId, "Atorvastatin")),
                    doctor.token()), 201).get("id").asText());
        }
        return new Prescriptions(received, drafts, pharmacyId, emptyPharmacyId, pharmacists);
    }

    /** Values far out of range, each raising its own alert, seen on the assigned station's feed; @return the alert ids */
    private List<String> raiseAlerts(DeviceClient gateway, DeviceClient station) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (StationFeed feed = StationFeed.connect(baseUrl, station.token(world.oidc()), null)) {
            // a station that starts receiving a patient's live data has read it
            expectedAudit.add(station.clientId() + " 0");
            HttpResponse<String> uploaded = world.call("POST", "/api/v1/observations", Json.write(Map.of("observations", List.of(
                    Map.of("measurementId", UUID.randomUUID(), "kind", "heart-rate", "value", 160, "unit", "/min", "measuredAt", now.toString()),
                    Map.of("measurementId", UUID.randomUUID(), "kind", "spo2", "value", 82, "unit", "%", "measuredAt", now.toString()),
                    Map.of("measurementId", UUID.randomUUID(), "kind", "body-temperature", "value", 40.5, "unit", "Cel", "measuredAt", now.toString()),
                    Map.of("measurementId", UUID.randomUUID(), "kind", "systolic-pressure", "value", 215, "unit", "mm[Hg]", "measuredAt", now.toString())))),
                    gateway.token(world.oidc()));
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
            List<String> alerts = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(20);
            while (alerts.size() < ALERTS_NEEDED && Instant.now().isBefore(deadline)) {
                Optional<StationMessage> m = feed.next(Duration.ofMillis(500));
                if (m.isPresent() && "alert".equals(m.get().type()) && "raised".equals(m.get().data().get("step").asText())) {
                    alerts.add(m.get().data().get("alertId").asText());
                }
            }
            assertThat(alerts).as("alerts raised by the out-of-range values").hasSizeGreaterThanOrEqualTo(ALERTS_NEEDED);
            return alerts;
        }
    }

    private void put(Caller caller, CareWorld.Person person) {
        tokens.put(caller, person.token());
        subjects.put(caller, person.accountId());
    }

    @TestFactory
    Stream<DynamicTest> onlyTheAllowedSucceedAndEveryDenialIsClean() {
        return ENDPOINTS.stream().flatMap(endpoint -> EnumSet.allOf(Caller.class).stream().map(caller ->
                DynamicTest.dynamicTest(endpoint.name() + " as " + caller, () -> check(endpoint, caller))));
    }

    private void check(Endpoint endpoint, Caller caller) {
        String path = endpoint.path().apply(scene);
        HttpResponse<String> response = world.call(endpoint.method(), path, endpoint.body().apply(scene), tokens.get(caller));
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (endpoint.allowed().contains(caller)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(endpoint.success());
            Deque<String> usedUp = endpoint.usesUp().apply(scene);
            if (usedUp != null) {
                usedUp.removeFirst();
            }
            if (endpoint.readsPatientData()) {
                expectedAudit.add(subjects.get(caller) + " 0");
            }
            return;
        }
        int expected = caller == Caller.ANONYMOUS || caller == Caller.BAD_TOKEN ? 401 : 403;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        JsonNode body = Json.parse(response.body());
        if (endpoint.fhir(scene)) {
            assertThat(contentType).startsWith("application/fhir+json");
            assertThat(body.get("resourceType").asText()).isEqualTo("OperationOutcome");
            assertThat(body.get("issue").get(0).get("code").asText()).isEqualTo(expected == 401 ? "login" : "forbidden");
        } else {
            assertThat(contentType).startsWith("application/problem+json");
            assertThat(body.get("status").asInt()).isEqualTo(expected);
            assertThat(body.get("type").asText()).startsWith("urn:vigil:problem:");
        }
        if (expected == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        } else if (endpoint.readsPatientData()) {
            expectedAudit.add(subjects.get(caller) + " 4");
        }
    }

    /** Allowed reads are on record with outcome 0, refused ones with 4; anonymous calls never reach the care module. */
    @AfterAll
    void everyReadOfPatientDataWasAudited() {
        List<String> recorded = new ArrayList<>();
        String url = "/fhir/AuditEvent?patient=" + scene.patientId() + "&_count=500";
        HttpResponse<String> response = world.call("GET", url, null, tokens.get(Caller.ADMIN));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode entry : Json.parse(response.body()).get("entry")) {
            JsonNode event = entry.get("resource");
            for (JsonNode agent : event.get("agent")) {
                if (!agent.get("requestor").asBoolean()) {
                    continue;
                }
                String record = agent.get("who").get("identifier").get("value").asText() + " " + event.get("outcome").asText();
                // The admin's own reads of this trail are on it too; they are not rows of the matrix.
                if (!record.equals("vigil-admin 0")) {
                    recorded.add(record);
                }
            }
        }
        assertThat(expectedAudit).as("the matrix ran its reads").isNotEmpty();
        assertThat(recorded).containsExactlyInAnyOrderElementsOf(expectedAudit);
    }
}
