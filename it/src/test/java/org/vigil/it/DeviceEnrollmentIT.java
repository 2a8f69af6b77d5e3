package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.gateway.upload.DeviceTokenSource;
import org.vigil.client.sdk.VigilApiException;
import org.vigil.client.sdk.authenticator.DeviceKey;
import org.vigil.client.sdk.authenticator.Pkcs12DeviceKeyStore;
import org.vigil.client.sdk.care.Observation;
import org.vigil.client.sdk.care.ObservationResult;
import org.vigil.client.sdk.care.ObservationsClient;
import org.vigil.client.sdk.device.DeviceClientEnrollment;
import org.vigil.client.sdk.device.EnrolledDeviceClient;
import org.vigil.client.sdk.device.PrivateKeyJwtTokens;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * A gateway enrolls itself with one code from an admin, with a key made in its own key store,
 * then uploads with tokens it gets by private_key_jwt: the client-side pieces the gateway uses.
 */
@ExtendWith(VigilServerExtension.class)
class DeviceEnrollmentIT {

    @TempDir
    Path home;

    @Test
    void aGatewayEnrollsWithTheAdminsCodeAndUploadsWithItsOwnKey(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        String patientId = admit(oidc, server, mail);
        String code = enrollmentCode(oidc, Map.of("role", "gateway", "patientId", patientId));
        DeviceKey key = new Pkcs12DeviceKeyStore(home.resolve("gateway.p12"), "secret".toCharArray()).generate();
        HttpClient http = HttpClient.newHttpClient();

        EnrolledDeviceClient enrolled = DeviceClientEnrollment.enroll(server.baseUrl(), code, key, http, Clock.systemUTC());

        assertThat(enrolled.role()).isEqualTo("gateway");
        assertThat(enrolled.tokenEndpoint()).isEqualTo(oidc.issuer() + "/oidc/token");
        DeviceTokenSource tokens = new DeviceTokenSource(new PrivateKeyJwtTokens(enrolled, key, http, Clock.systemUTC()));
        String token = tokens.accessToken();
        assertThat(tokens.accessToken()).as("cached until near expiry").isEqualTo(token);
        assertThat(tokens.renew(token)).as("a refused token is never handed out again").isNotEqualTo(token);
        var result = new ObservationsClient(server.baseUrl()).upload(tokens.accessToken(),
                List.of(new Observation(UUID.randomUUID(), "heart-rate", 64, "/min", Instant.now(), "AA:BB:CC:DD:EE:01")));
        assertThat(result.results()).extracting(ObservationResult::status).containsExactly(ObservationResult.Status.STORED);

        DeviceKey other = new Pkcs12DeviceKeyStore(home.resolve("other.p12"), "secret".toCharArray()).generate();
        assertThatThrownBy(() -> DeviceClientEnrollment.enroll(server.baseUrl(), code, other, http, Clock.systemUTC()))
                .as("a code enrolls one device").isInstanceOfSatisfying(VigilApiException.class,
                        e -> assertThat(e.problem().type()).isEqualTo("urn:vigil:problem:invalid-enrollment-code"));
    }

    @Test
    void aGatewayCodeNeedsAnAdmittedPatientAndAnAdmin(WildFlyServer server) {
        Oidc oidc = new Oidc(server);

        HttpResponse<String> noPatient = post(oidc, oidc.adminToken(), Map.of("role", "gateway"));
        HttpResponse<String> unknownPatient = post(oidc, oidc.adminToken(), Map.of("role", "gateway", "patientId", UUID.randomUUID().toString()));
        HttpResponse<String> noToken = post(oidc, "nope", Map.of("role", "station"));

        assertThat(noPatient.statusCode()).isEqualTo(400);
        assertThat(unknownPatient.statusCode()).isEqualTo(404);
        assertThat(noToken.statusCode()).isEqualTo(401);
    }

    private static String admit(Oidc oidc, WildFlyServer server, MailCatcher mail) {
        SignUps.Account account = SignUps.level1Account(server, mail, SignUps.Person.random());
        HttpResponse<String> admitted = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/patients"))
                .header("Authorization", "Bearer " + oidc.adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("accountId", account.id(), "familyName", "Muster",
                        "givenName", "Anna", "birthDate", "1950-03-01", "sex", "female")))));
        return Json.parse(admitted.body()).get("patientId").asText();
    }

    private static String enrollmentCode(Oidc oidc, Map<String, Object> body) {
        HttpResponse<String> issued = post(oidc, oidc.adminToken(), body);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return Json.parse(issued.body()).get("enrollmentCode").asText();
    }

    private static HttpResponse<String> post(Oidc oidc, String token, Map<String, Object> body) {
        return Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/device-enrollments"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }
}
