package org.vigil.it.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * What an admin sets up for care through the admin API: patients, gateways in their homes,
 * monitoring stations, care teams; and the device clients (own EC key, private_key_jwt) that
 * gateways and stations are.
 */
public final class CareSetup {

    private final WildFlyServer server;
    private final MailCatcher mail;
    private final Oidc oidc;

    public CareSetup(WildFlyServer server, MailCatcher mail) {
        this.server = server;
        this.mail = mail;
        this.oidc = new Oidc(server);
    }

    public Oidc oidc() {
        return oidc;
    }

    /** A patient with an account of their own, signed up with a real code; @return the patient's id */
    public String admitPatient(String birthDate) {
        return admit(SignUps.level1Account(server, mail, SignUps.Person.random()).id(), birthDate);
    }

    /** A patient linked to {@code accountId}, which need not exist (the benchmarks' hundreds of patients never log in); @return the id */
    public String admit(Object accountId, String birthDate) {
        HttpResponse<String> admitted = adminPost("/api/v1/admin/patients", Map.of("accountId", accountId,
                "familyName", "Muster", "givenName", "Anna", "birthDate", birthDate, "sex", "female"));
        return created(admitted).get("patientId");
    }

    public DeviceClient gatewayOf(String patientId) {
        DeviceClient gateway = DeviceClient.register(oidc, "gateway");
        created(adminPost("/api/v1/admin/gateways", Map.of("clientId", gateway.clientId(), "patientId", patientId)));
        return gateway;
    }

    /** A device client of role station, registered as a monitoring station; @return it with its station id */
    public Station station(String name) {
        DeviceClient device = DeviceClient.register(oidc, "station");
        String id = created(adminPost("/api/v1/admin/stations", Map.of("clientId", device.clientId(), "name", name))).get("stationId");
        return new Station(id, device);
    }

    public void joinCareTeam(String patientId, String accountId, String role) {
        HttpResponse<String> joined = adminPost("/api/v1/admin/patients/" + patientId + "/care-team", Map.of("accountId", accountId, "role", role));
        if (joined.statusCode() != 201) {
            throw new AssertionError("not on the care team: " + joined.body());
        }
    }

    public HttpResponse<String> adminPost(String path, Map<String, Object> body) {
        return Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + path)).header("Authorization", "Bearer " + oidc.adminToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }

    private static Map<String, String> created(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new AssertionError("not created: " + response.statusCode() + " " + response.body());
        }
        Map<String, String> values = new java.util.HashMap<>();
        Json.parse(response.body()).fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    public record Station(String id, DeviceClient device) {
    }
}
