package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.ciba.CIBAErrorDelivery;
import com.nimbusds.oauth2.sdk.ciba.CIBAPingCallback;
import com.nimbusds.oauth2.sdk.ciba.CIBAPushCallback;
import com.nimbusds.oauth2.sdk.ciba.CIBARequestAcknowledgement;
import com.nimbusds.oauth2.sdk.ciba.CIBATokenDelivery;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.claims.AccessTokenHash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.sdk.ciba.CibaCallbackReceiver;
import org.vigil.client.sdk.ciba.CibaClient;
import org.vigil.client.sdk.ciba.CibaException;
import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * The SDK's CIBA client in all three delivery modes against the deployed server, the person
 * approving or denying with the real authenticator CLI; the ID tokens are checked against the
 * provider's published keys.
 */
@ExtendWith(VigilServerExtension.class)
class CibaModesIT {

    static final String CIBA = "urn:openid:params:grant-type:ciba";

    @TempDir
    Path home;

    @Test
    void pollModeTokensArriveAfterApproval(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        Person person = Person.enrolled(server, mail, home, oidc);
        Station station = Station.register(oidc, "poll", null, List.of());
        String binding = binding("poll");

        CIBARequestAcknowledgement ack = station.sdk().start(station.sdk().request(new Scope("openid"))
                .loginHint(person.email).bindingMessage(binding).build());
        CompletableFuture<Tokens> polled = CompletableFuture.supplyAsync(() -> unchecked(() -> station.sdk().poll(ack)));
        person.approve(binding);

        JWTClaimsSet idToken = verifiedIdToken(oidc, polled.get(60, TimeUnit.SECONDS), station.clientId);
        assertThat(idToken.getSubject()).isEqualTo(person.id);
    }

    @Test
    void pingModeTellsTheStationToRedeemOnce(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        Person person = Person.enrolled(server, mail, home, oidc);
        try (CibaCallbackReceiver receiver = CibaCallbackReceiver.start()) {
            Station station = Station.register(oidc, "ping", receiver.endpoint(), List.of());
            String binding = binding("ping");
            CIBARequestAcknowledgement ack = station.sdk().start(station.sdk().request(new Scope("openid")).loginHint(person.email)
                    .bindingMessage(binding).clientNotificationToken(new BearerAccessToken(receiver.newNotificationToken())).build());

            person.approve(binding);
            CIBAPingCallback ping = receiver.awaitPing(Duration.ofSeconds(30));

            assertThat(ping.getAuthRequestID()).isEqualTo(ack.getAuthRequestID());
            Tokens tokens = station.sdk().redeem(ping.getAuthRequestID());
            assertThat(verifiedIdToken(oidc, tokens, station.clientId).getSubject()).isEqualTo(person.id);
            assertThatThrownBy(() -> station.sdk().redeem(ping.getAuthRequestID()))
                    .isInstanceOfSatisfying(CibaException.class, e -> assertThat(e.code()).isEqualTo("invalid_grant"));
        }
    }

    @Test
    void pushModeDeliversTheTokensAndTheyCannotBeRedeemed(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        Person person = Person.enrolled(server, mail, home, oidc);
        try (CibaCallbackReceiver receiver = CibaCallbackReceiver.start()) {
            Station station = Station.register(oidc, "push", receiver.endpoint(), List.of());
            String binding = binding("push");
            CIBARequestAcknowledgement ack = station.sdk().start(station.sdk().request(new Scope("openid")).loginHint(person.email)
                    .bindingMessage(binding).clientNotificationToken(new BearerAccessToken(receiver.newNotificationToken())).build());
            assertThat(ack.getMinWaitInterval()).as("push clients do not poll").isNull();

            person.approve(binding);
            CIBAPushCallback pushed = receiver.awaitPush(Duration.ofSeconds(30));

            assertThat(pushed.indicatesSuccess()).isTrue();
            CIBATokenDelivery delivery = pushed.toTokenDelivery();
            assertThat(delivery.getAuthRequestID()).isEqualTo(ack.getAuthRequestID());
            JWTClaimsSet idToken = verifiedIdToken(oidc, delivery.getTokens(), station.clientId);
            assertThat(idToken.getSubject()).isEqualTo(person.id);
            assertThat(idToken.getStringClaim("urn:openid:params:jwt:claim:auth_req_id")).isEqualTo(ack.getAuthRequestID().getValue());
            assertThat(idToken.getStringClaim("at_hash")).isEqualTo(AccessTokenHash.compute(delivery.getTokens().getAccessToken(),
                    JWSAlgorithm.ES256, null).getValue());
            assertThatThrownBy(() -> station.sdk().redeem(ack.getAuthRequestID()))
                    .isInstanceOfSatisfying(CibaException.class, e -> assertThat(e.code()).isEqualTo("invalid_grant"));
            Thread.sleep(1_000);
            assertThat(receiver.hasReceived()).as("one notification per request").isFalse();
        }
    }

    @Test
    void aDenialIsPushedAsAccessDeniedAndPingedThenRefused(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        Person person = Person.enrolled(server, mail, home, oidc);
        try (CibaCallbackReceiver receiver = CibaCallbackReceiver.start()) {
            Station push = Station.register(oidc, "push", receiver.endpoint(), List.of());
            Station ping = Station.register(oidc, "ping", receiver.endpoint(), List.of());
            String pushBinding = binding("deny push");
            push.sdk().start(push.sdk().request(new Scope("openid")).loginHint(person.email).bindingMessage(pushBinding)
                    .clientNotificationToken(new BearerAccessToken(receiver.newNotificationToken())).build());
            person.deny(pushBinding);
            CIBAPushCallback pushed = receiver.awaitPush(Duration.ofSeconds(30));
            assertThat(pushed.indicatesSuccess()).isFalse();
            assertThat(pushed.toErrorDelivery().getErrorObject().getCode()).isEqualTo("access_denied");

            String pingBinding = binding("deny ping");
            ping.sdk().start(ping.sdk().request(new Scope("openid")).loginHint(person.email).bindingMessage(pingBinding)
                    .clientNotificationToken(new BearerAccessToken(receiver.newNotificationToken())).build());
            person.deny(pingBinding);
            CIBAPingCallback pinged = receiver.awaitPing(Duration.ofSeconds(30));
            assertThatThrownBy(() -> ping.sdk().redeem(pinged.getAuthRequestID()))
                    .isInstanceOfSatisfying(CibaException.class, e -> assertThat(e.code()).isEqualTo("access_denied"));
        }
    }

    @Test
    void anExpiredRequestIsPushedAsExpiredTokenAndPingedThenRefused(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        Person person = Person.enrolled(server, mail, home, oidc);
        try (CibaCallbackReceiver pushReceiver = CibaCallbackReceiver.start(); CibaCallbackReceiver pingReceiver = CibaCallbackReceiver.start()) {
            Station push = Station.register(oidc, "push", pushReceiver.endpoint(), List.of());
            Station ping = Station.register(oidc, "ping", pingReceiver.endpoint(), List.of());
            push.sdk().start(push.sdk().request(new Scope("openid")).loginHint(person.email).bindingMessage(binding("expire push"))
                    .requestedExpiry(30).clientNotificationToken(new BearerAccessToken(pushReceiver.newNotificationToken())).build());
            ping.sdk().start(ping.sdk().request(new Scope("openid")).loginHint(person.email).bindingMessage(binding("expire ping"))
                    .requestedExpiry(30).clientNotificationToken(new BearerAccessToken(pingReceiver.newNotificationToken())).build());

            CIBAPushCallback pushed = pushReceiver.awaitPush(Duration.ofSeconds(60));
            CIBAPingCallback pinged = pingReceiver.awaitPing(Duration.ofSeconds(60));

            assertThat(pushed.indicatesSuccess()).isFalse();
            CIBAErrorDelivery error = pushed.toErrorDelivery();
            assertThat(error.getErrorObject().getCode()).isEqualTo("expired_token");
            assertThatThrownBy(() -> ping.sdk().redeem(pinged.getAuthRequestID()))
                    .isInstanceOfSatisfying(CibaException.class, e -> assertThat(e.code()).isEqualTo("expired_token"));
        }
    }

    @Test
    void aStationThatRequiresDoctorsGetsTokensOnlyForADoctor(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        Person person = Person.enrolled(server, mail, home, oidc);
        try (CibaCallbackReceiver receiver = CibaCallbackReceiver.start()) {
            Station station = Station.register(oidc, "ping", receiver.endpoint(), List.of("doctor"));
            String before = binding("not yet a doctor");
            station.sdk().start(station.sdk().request(new Scope("openid")).loginHint(person.email).bindingMessage(before)
                    .clientNotificationToken(new BearerAccessToken(receiver.newNotificationToken())).build());
            person.approve(before);
            CIBAPingCallback refused = receiver.awaitPing(Duration.ofSeconds(30));
            assertThatThrownBy(() -> station.sdk().redeem(refused.getAuthRequestID()))
                    .isInstanceOfSatisfying(CibaException.class, e -> assertThat(e.code()).isEqualTo("access_denied"));

            var granted = Http.send(java.net.http.HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/accounts/" + person.id + "/roles/doctor"))
                    .header("Authorization", "Bearer " + oidc.adminToken()).PUT(java.net.http.HttpRequest.BodyPublishers.noBody()));
            assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
            String after = binding("now a doctor");
            station.sdk().start(station.sdk().request(new Scope("openid")).loginHint(person.email).bindingMessage(after)
                    .clientNotificationToken(new BearerAccessToken(receiver.newNotificationToken())).build());
            person.approve(after);
            Tokens tokens = station.sdk().redeem(receiver.awaitPing(Duration.ofSeconds(30)).getAuthRequestID());

            JWTClaimsSet access = com.nimbusds.jwt.SignedJWT.parse(tokens.getAccessToken().getValue()).getJWTClaimsSet();
            assertThat(access.getStringListClaim("roles")).contains("doctor");
        }
    }

    static String binding(String what) {
        return "Station " + what + " " + ThreadLocalRandom.current().nextInt(1000, 9999);
    }

    /** The ID token's claims, once its signature verifies with the provider's JWKS and it names this client. */
    static JWTClaimsSet verifiedIdToken(Oidc oidc, Tokens tokens, String clientId) throws Exception {
        String idToken = tokens.toOIDCTokens().getIDTokenString();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
                JWKSourceBuilder.create(new URL(oidc.issuer() + "/oidc/jwks")).build()));
        JWTClaimsSet claims = processor.process(idToken, null);
        assertThat(claims.getIssuer()).isEqualTo(oidc.issuer());
        assertThat(claims.getAudience()).containsExactly(clientId);
        return claims;
    }

    interface Call<T> {
        T call() throws Exception;
    }

    static <T> T unchecked(Call<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A person at KYC level 1 with the authenticator CLI enrolled. */
    record Person(String email, String id, AuthenticatorCli cli) {

        static Person enrolled(WildFlyServer server, MailCatcher mail, Path home, Oidc oidc) {
            SignUps.Person person = SignUps.Person.random();
            SignUps.Account account = SignUps.level1Account(server, mail, person);
            AuthenticatorCli cli = new AuthenticatorCli(home);
            AuthenticatorCli.Run enrolled = cli.run("enroll", "--server", oidc.issuer(), "--code", account.enrollmentCode(), "--name", "cli");
            assertThat(enrolled.exitCode()).as(enrolled.output()).isZero();
            return new Person(person.email(), account.id(), cli);
        }

        void approve(String binding) {
            AuthenticatorCli.Run run = cli.run("approve-next", "--binding-message-contains", binding, "--timeout", "30s");
            assertThat(run.exitCode()).as(run.output()).isZero();
        }

        void deny(String binding) {
            AuthenticatorCli.Run run = cli.run("deny-next", "--binding-message-contains", binding, "--timeout", "30s");
            assertThat(run.exitCode()).as(run.output()).isZero();
        }
    }

    /** A station registered for CIBA in one delivery mode, with a client secret. */
    record Station(String issuer, String clientId, String secret) {

        static Station register(Oidc oidc, String mode, URI endpoint, List<String> requiredRoles) {
            Map<String, Object> registration = new java.util.HashMap<>(Map.of("clientId", "station-" + System.nanoTime(),
                    "name", "Monitoring station", "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of(CIBA),
                    "firstParty", true, "backchannelTokenDeliveryMode", mode, "cibaRequiredRoles", requiredRoles));
            if (endpoint != null) {
                registration.put("backchannelClientNotificationEndpoint", endpoint.toString());
            }
            JsonNode client = oidc.register(registration);
            return new Station(oidc.issuer(), client.get("clientId").asText(), client.get("clientSecret").asText());
        }

        CibaClient sdk() {
            return CibaClient.forIssuer(issuer, new ClientSecretBasic(new ClientID(clientId), new Secret(secret)));
        }

        String basic() {
            return Oidc.basic(clientId, secret);
        }
    }
}
