package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.client.sdk.care.Observation;
import org.vigil.client.sdk.care.ObservationResult;
import org.vigil.client.sdk.care.ObservationsClient;
import org.vigil.client.sdk.care.ObservationsRefusedException;
import org.vigil.client.sdk.care.ObservationsResponse;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * A gateway, enrolled by an admin to a patient's home, uploads vitals with its own
 * private_key_jwt token through the gateway's SDK client: per-item results, idempotent retries,
 * and nobody else may upload.
 */
@ExtendWith(VigilServerExtension.class)
class ObservationIngestIT {

    @Test
    void aGatewayUploadsItsPatientsVitalsOnceEachAndLearnsWhatWasRejected(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        DeviceClient gateway = enrolledGateway(oidc, admittedPatient(oidc, server, mail));
        ObservationsClient client = new ObservationsClient(server.baseUrl());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Observation> batch = List.of(
                new Observation(UUID.randomUUID(), "heart-rate", 72, "/min", now.minusSeconds(30), "AA:BB:CC:DD:EE:01"),
                new Observation(UUID.randomUUID(), "systolic-pressure", 128, "mm[Hg]", now.minusSeconds(20), "AA:BB:CC:DD:EE:02"),
                new Observation(UUID.randomUUID(), "heart-rate", 400, "/min", now.minusSeconds(10), "AA:BB:CC:DD:EE:01"),
                new Observation(UUID.randomUUID(), "body-temperature", 37.1, "[degF]", now, "AA:BB:CC:DD:EE:03"));

        ObservationsResponse first = client.upload(gateway.token(oidc), batch);
        ObservationsResponse retried = client.upload(gateway.token(oidc), batch);

        assertThat(first.results()).extracting(ObservationResult::status).containsExactly(
                ObservationResult.Status.STORED, ObservationResult.Status.STORED,
                ObservationResult.Status.REJECTED, ObservationResult.Status.REJECTED);
        assertThat(first.results()).extracting(ObservationResult::measurementId)
                .containsExactlyElementsOf(batch.stream().map(Observation::measurementId).toList());
        assertThat(first.results().get(2).reason()).isNotBlank();
        assertThat(first.results().get(3).reason()).isNotBlank();
        assertThat(retried.results()).extracting(ObservationResult::status).containsExactly(
                ObservationResult.Status.DUPLICATE, ObservationResult.Status.DUPLICATE,
                ObservationResult.Status.REJECTED, ObservationResult.Status.REJECTED);
    }

    @Test
    void aDeviceThatIsNotAnEnrolledGatewayUploadsNothing(WildFlyServer server) throws Exception {
        Oidc oidc = new Oidc(server);
        DeviceClient stray = DeviceClient.register(oidc, "gateway");
        List<Observation> one = List.of(new Observation(UUID.randomUUID(), "heart-rate", 70, "/min", Instant.now(), "AA:BB:CC:DD:EE:01"));

        assertThatThrownBy(() -> new ObservationsClient(server.baseUrl()).upload(stray.token(oidc), one))
                .isInstanceOfSatisfying(ObservationsRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.problem().type()).isEqualTo("urn:vigil:problem:not-a-gateway");
                });
        DeviceClient station = DeviceClient.register(oidc, "station");
        assertThatThrownBy(() -> new ObservationsClient(server.baseUrl()).upload(station.token(oidc), one))
                .isInstanceOfSatisfying(ObservationsRefusedException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> new ObservationsClient(server.baseUrl()).upload("not-a-token", one))
                .isInstanceOfSatisfying(ObservationsRefusedException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void anEmptyBatchIsABadRequest(WildFlyServer server) throws Exception {
        Oidc oidc = new Oidc(server);
        DeviceClient stray = DeviceClient.register(oidc, "gateway");

        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/observations"))
                .header("Authorization", "Bearer " + stray.token(oidc)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"observations\": []}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.parse(response.body()).get("type").asText()).isEqualTo("urn:vigil:problem:invalid-request");
    }

    private static String admittedPatient(Oidc oidc, WildFlyServer server, MailCatcher mail) {
        SignUps.Account account = SignUps.level1Account(server, mail, SignUps.Person.random());
        HttpResponse<String> admitted = adminPost(oidc, "/api/v1/admin/patients", Map.of("accountId", account.id(),
                "familyName", "Muster", "givenName", "Anna", "birthDate", "1950-03-01", "sex", "female"));
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(201);
        return Json.parse(admitted.body()).get("patientId").asText();
    }

    private static DeviceClient enrolledGateway(Oidc oidc, String patientId) throws Exception {
        DeviceClient gateway = DeviceClient.register(oidc, "gateway");
        HttpResponse<String> enrolled = adminPost(oidc, "/api/v1/admin/gateways", Map.of("clientId", gateway.clientId(), "patientId", patientId));
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        return gateway;
    }

    private static HttpResponse<String> adminPost(Oidc oidc, String path, Map<String, Object> body) {
        return Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + path)).header("Authorization", "Bearer " + oidc.adminToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }
}
