package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.it.OidcIT.assertOAuthError;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.TestDevice;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/** Every CIBA hardening rule, broken on purpose against the deployed server. */
@ExtendWith(VigilServerExtension.class)
class CibaHardeningIT {

    private static final String CIBA = CibaModesIT.CIBA;

    @TempDir
    Path home;

    @Test
    void registrationRefusesUnsafeCibaSettings(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        assertRefused(oidc, Map.of("backchannelTokenDeliveryMode", "ping"), "backchannelClientNotificationEndpoint");
        assertRefused(oidc, Map.of("backchannelTokenDeliveryMode", "push", "backchannelClientNotificationEndpoint",
                "http://client.example.org/ciba"), "backchannelClientNotificationEndpoint");
        assertRefused(oidc, Map.of("backchannelTokenDeliveryMode", "push", "backchannelClientNotificationEndpoint",
                "https://user:pw@client.example.org/ciba"), "backchannelClientNotificationEndpoint");
        assertRefused(oidc, Map.of("backchannelAuthenticationRequestSigningAlg", "none", "jwks", keys(newKey())),
                "backchannelAuthenticationRequestSigningAlg");
        assertRefused(oidc, Map.of("backchannelAuthenticationRequestSigningAlg", "ES256"), "jwks");
        assertRefused(oidc, Map.of("cibaRequiredRoles", List.of("surgeon")), "cibaRequiredRoles");
    }

    @Test
    void hintsAreCheckedOneAtATime(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        ECKey clientKey = newKey();
        JsonNode client = register(oidc, Map.of("jwks", keys(clientKey)));
        String basic = Oidc.basic(client.get("clientId").asText(), client.get("clientSecret").asText());
        String clientId = client.get("clientId").asText();
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");

        assertOAuthError(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint", person.email(),
                "login_hint_token", hintToken(clientKey, clientId, oidc.issuer(), Map.of("format", "email", "email", person.email())))),
                400, "invalid_request");
        assertThat(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint_token",
                hintToken(clientKey, clientId, oidc.issuer(), Map.of("format", "email", "email", person.email())))).statusCode()).isEqualTo(200);
        assertOAuthError(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint_token",
                hintToken(newKey(), clientId, oidc.issuer(), Map.of("format", "email", "email", person.email())))), 400, "invalid_request");
        assertOAuthError(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint_token",
                hintToken(clientKey, clientId, "https://elsewhere.example", Map.of("format", "email", "email", person.email())))),
                400, "invalid_request");
        assertOAuthError(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint_token",
                hintToken(clientKey, clientId, oidc.issuer(), Map.of("format", "email", "email", "nobody-" + UUID.randomUUID() + "@example.org")))),
                400, "unknown_user_id");
        assertOAuthError(backchannel(oidc, basic, Map.of("scope", "openid", "id_token_hint", selfSignedIdToken(oidc, clientId))),
                400, "invalid_request");
        assertOAuthError(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint", "nobody-" + UUID.randomUUID() + "@example.org")),
                400, "unknown_user_id");
    }

    @Test
    void anIdTokenHintMustBeOursAndForThisClient(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        JsonNode station = register(oidc, Map.of());
        String basic = Oidc.basic(station.get("clientId").asText(), station.get("clientSecret").asText());
        JsonNode other = register(oidc, Map.of());
        String otherBasic = Oidc.basic(other.get("clientId").asText(), other.get("clientSecret").asText());
        String binding = CibaModesIT.binding("id token");
        String authReqId = Json.parse(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint", person.email(),
                "binding_message", binding)).body()).get("auth_req_id").asText();
        assertThat(device.decide(device.awaitRequest(binding, java.time.Duration.ofSeconds(10)), "approve").statusCode()).isEqualTo(204);
        Thread.sleep(5_500);
        HttpResponse<String> tokens = oidc.tokenRequest(Map.of("grant_type", CIBA, "auth_req_id", authReqId), basic);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        String idToken = Json.parse(tokens.body()).get("id_token").asText();

        assertThat(backchannel(oidc, basic, Map.of("scope", "openid", "id_token_hint", idToken)).statusCode()).isEqualTo(200);
        assertOAuthError(backchannel(oidc, otherBasic, Map.of("scope", "openid", "id_token_hint", idToken)), 400, "invalid_request");
        String tampered = idToken.substring(0, idToken.lastIndexOf('.') + 1) + "AAAA" + idToken.substring(idToken.lastIndexOf('.') + 5);
        assertOAuthError(backchannel(oidc, basic, Map.of("scope", "openid", "id_token_hint", tampered)), 400, "invalid_request");
        assertOAuthError(backchannel(oidc, basic, Map.of("scope", "openid", "id_token_hint", idToken, "login_hint", person.email())),
                400, "invalid_request");
    }

    @Test
    void signedRequestsAreCheckedForAlgorithmSignatureAudienceTimesAndReplay(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        ECKey key = newKey();
        JsonNode client = register(oidc, Map.of("jwks", keys(key), "backchannelAuthenticationRequestSigningAlg", "ES256"));
        String clientId = client.get("clientId").asText();
        String basic = Oidc.basic(clientId, client.get("clientSecret").asText());
        SignUps.Person person = SignUps.Person.random();
        new TestDevice(server).enroll(SignUps.level1(server, mail, person), "phone");
        Date now = new Date();
        Date inAMinute = new Date(now.getTime() + 60_000);

        String good = sign(key, requestClaims(clientId, oidc.issuer(), person.email(), now, now, inAMinute).build());
        assertThat(backchannel(oidc, basic, Map.of("request", good)).statusCode()).isEqualTo(200);
        assertOAuthError(backchannel(oidc, basic, Map.of("request", good)), 400, "invalid_request");
        assertOAuthError(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint", person.email())), 400, "invalid_request");
        assertOAuthError(backchannel(oidc, basic, Map.of("request", sign(key, requestClaims(clientId, oidc.issuer(), person.email(), now, now,
                inAMinute).build()), "login_hint", person.email())), 400, "invalid_request");
        assertOAuthError(backchannel(oidc, basic, Map.of("request", new PlainJWT(requestClaims(clientId, oidc.issuer(), person.email(), now,
                now, inAMinute).build()).serialize())), 400, "invalid_request");
        assertOAuthError(backchannel(oidc, basic, Map.of("request", sign(newKey(), requestClaims(clientId, oidc.issuer(), person.email(), now,
                now, inAMinute).build()))), 400, "invalid_request");
        assertOAuthError(backchannel(oidc, basic, Map.of("request", sign(key, requestClaims(clientId, "https://elsewhere.example",
                person.email(), now, now, inAMinute).build()))), 400, "invalid_request");
        assertOAuthError(backchannel(oidc, basic, Map.of("request", sign(key, requestClaims("someone-else", oidc.issuer(), person.email(),
                now, now, inAMinute).build()))), 400, "invalid_request");
        assertOAuthError(backchannel(oidc, basic, Map.of("request", sign(key, requestClaims(clientId, oidc.issuer(), person.email(), now,
                now, new Date(now.getTime() - 120_000)).build()))), 400, "invalid_request");
        assertOAuthError(backchannel(oidc, basic, Map.of("request", sign(key, requestClaims(clientId, oidc.issuer(), person.email(), now,
                now, new Date(now.getTime() + 61 * 60_000)).build()))), 400, "invalid_request");
        assertOAuthError(backchannel(oidc, basic, Map.of("request", sign(key, new JWTClaimsSet.Builder(requestClaims(clientId,
                oidc.issuer(), person.email(), now, now, inAMinute).build()).jwtID(null).build()))), 400, "invalid_request");
        assertOAuthError(backchannel(oidc, basic, Map.of("request", sign(key, new JWTClaimsSet.Builder(requestClaims(clientId,
                oidc.issuer(), person.email(), now, now, inAMinute).build()).notBeforeTime(null).build()))), 400, "invalid_request");
    }

    @Test
    void aUserCodeIsRequiredWhereRegisteredAndGuessingIsLimited(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        JsonNode client = register(oidc, Map.of("backchannelUserCodeParameter", true));
        String basic = Oidc.basic(client.get("clientId").asText(), client.get("clientSecret").asText());
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        assertThat(device.call("PUT", "/api/v1/account/user-code", Json.write(Map.of("userCode", "ab"))).statusCode()).isEqualTo(400);
        assertThat(device.call("PUT", "/api/v1/account/user-code", Json.write(Map.of("userCode", "7412-blue"))).statusCode()).isEqualTo(204);
        assertThat(Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/account/user-code")).header("Content-Type",
                "application/json").PUT(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("userCode", "0000"))))).statusCode())
                .as("only the person's authenticator sets it").isEqualTo(401);

        assertOAuthError(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint", person.email())), 400, "missing_user_code");
        assertThat(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint", person.email(), "user_code", "7412-blue")).statusCode())
                .isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertOAuthError(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint", person.email(), "user_code", "guess-" + i)),
                    400, "invalid_user_code");
        }
        assertOAuthError(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint", person.email(), "user_code", "guess-6")),
                429, "invalid_user_code");
        assertOAuthError(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint", person.email(), "user_code", "7412-blue")),
                429, "invalid_user_code");
    }

    @Test
    void guessingAuthReqIdsIsThrottledPerClient(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        JsonNode client = register(oidc, Map.of());
        String basic = Oidc.basic(client.get("clientId").asText(), client.get("clientSecret").asText());
        SignUps.Person person = SignUps.Person.random();
        new TestDevice(server).enroll(SignUps.level1(server, mail, person), "phone");
        String real = Json.parse(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint", person.email())).body())
                .get("auth_req_id").asText();
        for (int i = 0; i < 20; i++) {
            assertOAuthError(oidc.tokenRequest(Map.of("grant_type", CIBA, "auth_req_id", "guess-" + i), basic), 400, "invalid_grant");
        }
        assertOAuthError(oidc.tokenRequest(Map.of("grant_type", CIBA, "auth_req_id", "guess-21"), basic), 429, "slow_down");
        assertOAuthError(oidc.tokenRequest(Map.of("grant_type", CIBA, "auth_req_id", real), basic), 429, "slow_down");
    }

    @Test
    void pingAndPushNeedANotificationTokenAndAFailingEndpointIsNotRetriedForeverNorRedirected(WildFlyServer server, MailCatcher mail)
            throws Exception {
        Oidc oidc = new Oidc(server);
        AtomicInteger failing = new AtomicInteger();
        AtomicInteger redirectTarget = new AtomicInteger();
        HttpServer endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.createContext("/redirecting", exchange -> {
            failing.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/target");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        endpoint.createContext("/target", exchange -> {
            redirectTarget.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        endpoint.start();
        try {
            JsonNode client = register(oidc, Map.of("backchannelTokenDeliveryMode", "ping", "backchannelClientNotificationEndpoint",
                    "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/redirecting"));
            String basic = Oidc.basic(client.get("clientId").asText(), client.get("clientSecret").asText());
            SignUps.Person person = SignUps.Person.random();
            TestDevice device = new TestDevice(server);
            device.enroll(SignUps.level1(server, mail, person), "phone");
            assertOAuthError(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint", person.email())), 400, "invalid_request");
            String binding = CibaModesIT.binding("failing endpoint");
            assertThat(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint", person.email(), "binding_message", binding,
                    "client_notification_token", "secret-notification-token-0123456789")).statusCode()).isEqualTo(200);

            JsonNode request = device.awaitRequest(binding, java.time.Duration.ofSeconds(10));
            assertThat(device.decide(request, "approve").statusCode()).isEqualTo(204);
            assertThat(device.decide(request, "deny").statusCode()).as("a decision is taken once").isEqualTo(409);
            Thread.sleep(16_000);

            assertThat(failing.get()).as("bounded attempts").isEqualTo(3);
            assertThat(redirectTarget.get()).as("redirects are not followed").isZero();
            String log = java.nio.file.Files.readString(server.serverLog());
            assertThat(log).contains("CIBA ping to client " + client.get("clientId").asText() + " failed 3 times (HTTP 307");
            assertThat(log).as("no secret in the log").doesNotContain("secret-notification-token-0123456789");
        } finally {
            endpoint.stop(0);
        }
    }

    @Test
    @Tag("once") // 30 s of waiting for an expiry; CibaModesIT's expired request runs on PostgreSQL
    void aLateDecisionIsRefusedAndThePollerSeesTheExpiry(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        JsonNode client = register(oidc, Map.of());
        String basic = Oidc.basic(client.get("clientId").asText(), client.get("clientSecret").asText());
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        String binding = CibaModesIT.binding("late");
        String authReqId = Json.parse(backchannel(oidc, basic, Map.of("scope", "openid", "login_hint", person.email(),
                "binding_message", binding, "requested_expiry", "30")).body()).get("auth_req_id").asText();
        JsonNode request = device.awaitRequest(binding, java.time.Duration.ofSeconds(10));

        Thread.sleep(31_000);

        assertThat(device.decide(request, "approve").statusCode()).as("a late decision").isEqualTo(410);
        assertOAuthError(oidc.tokenRequest(Map.of("grant_type", CIBA, "auth_req_id", authReqId), basic), 400, "expired_token");
    }

    private static void assertRefused(Oidc oidc, Map<String, Object> ciba, String field) {
        Map<String, Object> registration = registration(ciba);
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/clients"))
                .header("Authorization", "Bearer " + oidc.adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(registration))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(field);
    }

    private static JsonNode register(Oidc oidc, Map<String, Object> ciba) {
        return oidc.register(registration(ciba));
    }

    private static Map<String, Object> registration(Map<String, Object> ciba) {
        Map<String, Object> registration = new HashMap<>(Map.of("clientId", "station-" + System.nanoTime(), "name", "Station",
                "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of(CIBA), "firstParty", true));
        registration.putAll(ciba);
        return registration;
    }

    private static HttpResponse<String> backchannel(Oidc oidc, String basic, Map<String, String> form) {
        return oidc.post("/oidc/backchannel", form, basic);
    }

    private static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keys(ECKey key) {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    private static String sign(ECKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hintToken(ECKey key, String clientId, String audience, Map<String, Object> subId) {
        return sign(key, new JWTClaimsSet.Builder().issuer(clientId).audience(audience).claim("sub_id", subId)
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 120_000)).build());
    }

    private static String selfSignedIdToken(Oidc oidc, String clientId) {
        return sign(newKey(), new JWTClaimsSet.Builder().issuer(oidc.issuer()).audience(clientId).subject(UUID.randomUUID().toString())
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 60_000)).build());
    }

    private static JWTClaimsSet.Builder requestClaims(String clientId, String audience, String loginHint, Date iat, Date nbf, Date exp) {
        return new JWTClaimsSet.Builder().issuer(clientId).audience(audience).issueTime(iat).notBeforeTime(nbf).expirationTime(exp)
                .jwtID(UUID.randomUUID().toString()).claim("scope", "openid").claim("login_hint", loginHint)
                .claim("binding_message", "Signed request");
    }
}
