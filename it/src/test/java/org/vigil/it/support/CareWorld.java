package org.vigil.it.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * People and devices of the care side, set up through the public APIs as an admin and the people
 * themselves would: accounts signed up with real codes, authenticators enrolled, roles granted by
 * an admin, logins approved on the person's device, patients admitted, care teams named,
 * gateways enrolled.
 */
public final class CareWorld {

    private final WildFlyServer server;
    private final MailCatcher mail;
    private final Oidc oidc;
    private final WebApp careApp;
    private final WebApp outsideApp;
    private final WebApp console;
    /** Each person's email and authenticator, so they can log in again to another application. */
    private final Map<String, Map.Entry<String, TestDevice>> devices = new java.util.concurrent.ConcurrentHashMap<>();

    public CareWorld(WildFlyServer server, MailCatcher mail) {
        this.server = server;
        this.mail = mail;
        this.oidc = new Oidc(server);
        this.careApp = WebApp.register(server, "Care app", true);
        this.outsideApp = WebApp.register(server, "Outside app", false);
        this.console = WebApp.register(server, "Console", true, java.util.List.of("openid", "vigil:admin"));
    }

    public Oidc oidc() {
        return oidc;
    }

    /** A person with an access token of the care app, carrying the roles an admin granted before the login. */
    public record Person(String accountId, String email, String token) {
    }

    public Person person(String... roles) {
        return person(careApp, roles);
    }

    /** The same, logged in through an application that is not Vigil's own (a third party the person consents to). */
    public Person personViaOutsideApp(String... roles) {
        return person(outsideApp, roles);
    }

    /** The same, logged in to a first-party administration application that asks for the {@code vigil:admin} scope. */
    public Person personViaConsole(String... roles) {
        return person(console, roles);
    }

    private Person person(WebApp app, String... roles) {
        SignUps.Person who = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, who);
        TestDevice device = new TestDevice(server);
        HttpResponse<String> enrolled = device.enroll(account.enrollmentCode(), "phone");
        if (enrolled.statusCode() != 201) {
            throw new AssertionError("authenticator not enrolled: " + enrolled.body());
        }
        for (String role : roles) {
            HttpResponse<String> granted = admin("PUT", "/api/v1/admin/accounts/" + account.id() + "/roles/" + role, null);
            if (granted.statusCode() != 200) {
                throw new AssertionError("role not granted: " + granted.body());
            }
        }
        String token = app.accessToken((browser, loginPage) -> browser.loginWithDevice(loginPage, who.email(), device));
        devices.put(account.id(), Map.entry(who.email(), device));
        return new Person(account.id(), who.email(), token);
    }

    /**
     * The same person logged in again, to an outside SMART app asking for the patient's FHIR data ({@code launch/patient},
     * {@code patient/Observation.rs}, {@code patient/Patient.r}), and allowing it on the consent page. Admit them first:
     * the token names the patient record the person has when it is issued.
     */
    public Person viaSmartApp(Person person) {
        WebApp smartApp = WebApp.register(server, "SMART app", false,
                java.util.List.of("openid", "launch/patient", "patient/Observation.rs", "patient/Patient.r"));
        Map.Entry<String, TestDevice> known = devices.get(person.accountId());
        String token = smartApp.accessToken((browser, loginPage) -> browser.loginWithDevice(loginPage, known.getKey(), known.getValue()));
        return new Person(person.accountId(), person.email(), token);
    }

    /** Admits the person as a patient; returns the patient id. */
    public String admit(Person person) {
        HttpResponse<String> admitted = admin("POST", "/api/v1/admin/patients", Json.write(Map.of("accountId", person.accountId(),
                "familyName", "Muster", "givenName", "Anna", "birthDate", "1950-03-01", "sex", "female")));
        if (admitted.statusCode() != 201) {
            throw new AssertionError("not admitted: " + admitted.body());
        }
        return Json.parse(admitted.body()).get("patientId").asText();
    }

    public void addToCareTeam(String patientId, Person member, String role) {
        HttpResponse<String> added = admin("POST", "/api/v1/admin/patients/" + patientId + "/care-team",
                Json.write(Map.of("accountId", member.accountId(), "role", role)));
        if (added.statusCode() != 201) {
            throw new AssertionError("not on the care team: " + added.body());
        }
    }

    /** A gateway device client enrolled to the patient's home. */
    public DeviceClient gateway(String patientId) {
        DeviceClient gateway = DeviceClient.register(oidc, "gateway");
        HttpResponse<String> enrolled = admin("POST", "/api/v1/admin/gateways", Json.write(Map.of("clientId", gateway.clientId(), "patientId", patientId)));
        if (enrolled.statusCode() != 201) {
            throw new AssertionError("gateway not enrolled: " + enrolled.body());
        }
        return gateway;
    }

    /** Registers the device client as a monitoring station; @return the station id */
    public String station(DeviceClient client) {
        return station(client, "Station");
    }

    /** A station by the name people see (a gateway's kiosk shows it with the caller's). */
    public String station(DeviceClient client, String name) {
        HttpResponse<String> made = admin("POST", "/api/v1/admin/stations", Json.write(Map.of("clientId", client.clientId(), "name", name)));
        if (made.statusCode() != 201) {
            throw new AssertionError("station not registered: " + made.body());
        }
        return Json.parse(made.body()).get("stationId").asText();
    }

    /** The supervisor assigns the patient to the station; @return the assignment id */
    public String assign(Person supervisor, String patientId, String stationId) {
        HttpResponse<String> made = call("POST", "/api/v1/assignments", Json.write(Map.of("patientId", patientId, "stationId", stationId)),
                supervisor.token());
        if (made.statusCode() != 201) {
            throw new AssertionError("not assigned: " + made.body());
        }
        return Json.parse(made.body()).get("id").asText();
    }

    public HttpResponse<String> admin(String method, String path, String json) {
        return call(method, path, json, oidc.adminToken());
    }

    public HttpResponse<String> call(String method, String path, String json, String token) {
        return call(method, path, json, token, Map.of());
    }

    /** A call with extra request headers, such as FHIR's {@code Prefer}. */
    public HttpResponse<String> call(String method, String path, String json, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(oidc.issuer() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return Http.send(request);
    }
}
