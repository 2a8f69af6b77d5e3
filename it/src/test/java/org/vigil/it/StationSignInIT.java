package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.ciba.CIBARequestAcknowledgement;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.Tokens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.sdk.care.Observation;
import org.vigil.client.sdk.care.ObservationsClient;
import org.vigil.client.sdk.care.StationFeed;
import org.vigil.client.sdk.care.StationFeedClosedException;
import org.vigil.client.sdk.care.StationMessage;
import org.vigil.client.sdk.ciba.CibaClient;
import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.CareSetup;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.CareStaff;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * A doctor signs in at a monitoring station: the station asks for the doctor's token by CIBA,
 * the doctor approves on the authenticator, and the station says hello with its own token and the
 * doctor's. It then sees its assigned patients as before. A person's token the station did not
 * obtain itself, or a token of someone who is neither doctor nor nurse, refuses the hello.
 */
@ExtendWith(VigilServerExtension.class)
class StationSignInIT {

    private static final String CIBA = "urn:openid:params:grant-type:ciba";

    @TempDir
    Path home;

    @Test
    void aDoctorSignedInByCibaWatchesTheStationsPatientsAndOtherTokensAreRefused(WildFlyServer server, MailCatcher mail) throws Exception {
        CareSetup care = new CareSetup(server, mail);
        Oidc oidc = care.oidc();
        String patient = care.admitPatient("1951-04-04");
        DeviceClient gateway = care.gatewayOf(patient);

        // a station that may also ask for people's tokens by CIBA (poll mode, client secret)
        JsonNode client = oidc.register(Map.of("clientId", "station-" + UUID.randomUUID(), "name", "Ward screen",
                "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of("client_credentials", CIBA), "roles", List.of("station"),
                "firstParty", true, "backchannelTokenDeliveryMode", "poll"));
        String clientId = client.get("clientId").asText();
        String secret = client.get("clientSecret").asText();
        HttpResponse<String> registered = care.adminPost("/api/v1/admin/stations", Map.of("clientId", clientId, "name", "Ward screen"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String stationId = Json.parse(registered.body()).get("stationId").asText();
        CareStaff supervisor = CareStaff.login(server, mail, "supervisor");
        HttpResponse<String> assigned = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(oidc.issuer() + "/api/v1/assignments"))
                .header("Authorization", "Bearer " + supervisor.accessToken()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.write(Map.of("patientId", patient, "stationId", stationId)))));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);

        HttpResponse<String> issued = oidc.tokenRequest(Map.of("grant_type", "client_credentials"), Oidc.basic(clientId, secret));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        String stationToken = Json.parse(issued.body()).get("access_token").asText();

        String doctorsToken = cibaToken(server, mail, oidc, clientId, secret, "doctor");
        try (StationFeed feed = StationFeed.connect(server.baseUrl(), stationToken, doctorsToken, null)) {
            Observation value = new Observation(UUID.randomUUID(), "heart-rate", 74, "/min", Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(2),
                    "AA:BB:CC:DD:EE:01");
            new ObservationsClient(server.baseUrl()).upload(gateway.token(oidc), List.of(value));
            assertThat(awaitObservation(feed, value.measurementId().toString())).as("the assigned patient's value").isPresent();
        }

        String patientsToken = cibaToken(server, mail, oidc, clientId, secret, "patient");
        assertThatThrownBy(() -> StationFeed.connect(server.baseUrl(), stationToken, patientsToken, null))
                .as("a person who is neither doctor nor nurse").isInstanceOfSatisfying(StationFeedClosedException.class,
                        e -> assertThat(e.code()).isEqualTo(1008));
        CareStaff nurseElsewhere = CareStaff.login(server, mail, "nurse");
        assertThatThrownBy(() -> StationFeed.connect(server.baseUrl(), stationToken, nurseElsewhere.accessToken(), null))
                .as("a nurse's token another application holds").isInstanceOfSatisfying(StationFeedClosedException.class,
                        e -> assertThat(e.code()).isEqualTo(1008));
        assertThatThrownBy(() -> StationFeed.connect(server.baseUrl(), stationToken, doctorsToken + "x", null))
                .as("a broken person token").isInstanceOfSatisfying(StationFeedClosedException.class, e -> assertThat(e.code()).isEqualTo(1008));
        assertThatThrownBy(() -> StationFeed.connect(server.baseUrl(), doctorsToken, null, null))
                .as("the doctor's token in the station's place").isInstanceOf(StationFeedClosedException.class);
    }

    /** A person with the role signs up, enrolls the authenticator CLI, and approves the station's CIBA request; @return the access token */
    private String cibaToken(WildFlyServer server, MailCatcher mail, Oidc oidc, String clientId, String secret, String role) throws Exception {
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person);
        HttpResponse<String> granted = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(oidc.issuer() + "/api/v1/admin/accounts/"
                + account.id() + "/roles/" + role)).header("Authorization", "Bearer " + oidc.adminToken())
                .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        AuthenticatorCli cli = new AuthenticatorCli(home.resolve(role));
        AuthenticatorCli.Run enrolled = cli.run("enroll", "--server", oidc.issuer(), "--code", account.enrollmentCode(), "--name", "cli");
        assertThat(enrolled.exitCode()).as(enrolled.output()).isZero();

        CibaClient ciba = CibaClient.forIssuer(oidc.issuer(), new ClientSecretBasic(new ClientID(clientId), new Secret(secret)));
        String binding = "Ward screen " + role + " " + System.nanoTime() % 10_000;
        CIBARequestAcknowledgement ack = ciba.start(ciba.request(new Scope("openid")).loginHint(person.email()).bindingMessage(binding).build());
        CompletableFuture<Tokens> polled = CompletableFuture.supplyAsync(() -> {
            try {
                return ciba.poll(ack);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        AuthenticatorCli.Run approved = cli.run("approve-next", "--binding-message-contains", binding, "--timeout", "30s");
        assertThat(approved.exitCode()).as(approved.output()).isZero();
        return polled.get(60, TimeUnit.SECONDS).getAccessToken().getValue();
    }

    private static Optional<StationMessage> awaitObservation(StationFeed feed, String measurementId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            Optional<StationMessage> m = feed.next(Duration.ofMillis(500));
            if (m.isPresent() && "observations".equals(m.get().type()) && m.get().data().toString().contains(measurementId)) {
                return m;
            }
        }
        return Optional.empty();
    }
}
