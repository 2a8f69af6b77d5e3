package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.it.OidcIT.assertOAuthError;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/** CIBA in poll mode: a station names a person, the person approves with the CLI, the station polls. */
@ExtendWith(VigilServerExtension.class)
class CibaIT {

    private static final String CIBA = "urn:openid:params:grant-type:ciba";

    @TempDir
    Path home;

    @Test
    void aStationPollsUntilThePersonApprovesAndRedeemsOnce(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        Station station = Station.register(oidc);
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person);
        AuthenticatorCli cli = new AuthenticatorCli(home);
        cli.run("enroll", "--server", oidc.issuer(), "--code", account.enrollmentCode(), "--name", "cli");
        String binding = "Station 3 login " + ThreadLocalRandom.current().nextInt(1000, 9999);

        HttpResponse<String> started = oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", person.email(),
                "binding_message", binding), station.basic());

        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        JsonNode ack = Json.parse(started.body());
        String authReqId = ack.get("auth_req_id").asText();
        assertThat(authReqId.length()).as("at least 128 bits").isGreaterThanOrEqualTo(22);
        assertThat(ack.get("interval").asInt()).isEqualTo(5);
        Map<String, String> poll = Map.of("grant_type", CIBA, "auth_req_id", authReqId);
        assertOAuthError(oidc.tokenRequest(poll, station.basic()), 400, "authorization_pending");
        assertOAuthError(oidc.tokenRequest(poll, station.basic()), 400, "slow_down");

        AuthenticatorCli.Run approved = cli.run("approve-next", "--binding-message-contains", binding, "--timeout", "30s");
        assertThat(approved.exitCode()).as(approved.output()).isZero();
        Thread.sleep(10_500);
        HttpResponse<String> tokens = oidc.tokenRequest(poll, station.basic());

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        SignedJWT idToken = SignedJWT.parse(Json.parse(tokens.body()).get("id_token").asText());
        assertThat(idToken.getJWTClaimsSet().getSubject()).isEqualTo(account.id());
        assertThat(idToken.getJWTClaimsSet().getAudience()).containsExactly(station.clientId);
        assertOAuthError(oidc.tokenRequest(poll, station.basic()), 400, "invalid_grant");
    }

    @Test
    void aDenialEndsTheRequestWithAccessDenied(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        Station station = Station.register(oidc);
        SignUps.Person person = SignUps.Person.random();
        AuthenticatorCli cli = new AuthenticatorCli(home);
        cli.run("enroll", "--server", oidc.issuer(), "--code", SignUps.level1(server, mail, person), "--name", "cli");
        String binding = "Station 7 login " + ThreadLocalRandom.current().nextInt(1000, 9999);
        String authReqId = Json.parse(oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", person.email(),
                "binding_message", binding), station.basic()).body()).get("auth_req_id").asText();

        assertThat(cli.run("deny-next", "--binding-message-contains", binding, "--timeout", "30s").exitCode()).isZero();

        // CIBA Core §11: the token endpoint's errors are RFC 6749 §5.2's, HTTP 400
        assertOAuthError(oidc.tokenRequest(Map.of("grant_type", CIBA, "auth_req_id", authReqId), station.basic()), 400, "access_denied");
    }

    @Test
    void badRequestsGetTheErrorsCibaNames(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        Station station = Station.register(oidc);
        SignUps.Person person = SignUps.Person.random();
        new AuthenticatorCli(home).run("enroll", "--server", oidc.issuer(), "--code", SignUps.level1(server, mail, person), "--name", "cli");

        assertOAuthError(oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", "nobody@example.org"), station.basic()),
                400, "unknown_user_id");
        assertOAuthError(oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", person.email(),
                "binding_message", "x".repeat(65)), station.basic()), 400, "invalid_binding_message");
        assertOAuthError(oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", person.email(),
                "acr_values", "http://eidas.europa.eu/LoA/high"), station.basic()), 403, "access_denied");
        assertOAuthError(oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", person.email()),
                Oidc.basic(station.clientId, "wrong")), 401, "invalid_client");
        assertOAuthError(oidc.tokenRequest(Map.of("grant_type", CIBA, "auth_req_id", "made-up-id"), station.basic()), 400, "invalid_grant");
        JsonNode discovery = Json.parse(Http.get(URI.create(oidc.issuer() + "/.well-known/openid-configuration")).body());
        assertThat(discovery.get("backchannel_authentication_endpoint").asText()).isEqualTo(oidc.issuer() + "/oidc/backchannel");
        assertThat(discovery.get("backchannel_token_delivery_modes_supported").toString()).isEqualTo("[\"poll\",\"ping\",\"push\"]");
        assertThat(discovery.get("backchannel_user_code_parameter_supported").asBoolean()).isTrue();
    }

    /** A station registered for CIBA poll mode with a client secret. */
    private record Station(String clientId, String secret) {

        static Station register(Oidc oidc) {
            JsonNode client = oidc.register(Map.of("clientId", "station-" + System.nanoTime(), "name", "Monitoring station",
                    "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of(CIBA), "firstParty", true));
            return new Station(client.get("clientId").asText(), client.get("clientSecret").asText());
        }

        String basic() {
            return Oidc.basic(clientId, secret);
        }
    }
}
