package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * A relying party that publishes its keys at a {@code jwks_uri} (RFC 7591) instead of registering them: Vigil fetches
 * them for {@code private_key_jwt}, follows the client's key rotation without a new registration (a key id it has not
 * seen makes it fetch again), stops accepting a key the client withdrew, and refuses what it cannot fetch. The client's
 * key server is a real HTTP server on loopback, serving what the test puts there and counting what Vigil asks.
 */
@ExtendWith(VigilServerExtension.class)
class ClientJwksUriIT {

    private HttpServer keyServer;
    private final AtomicReference<String> published = new AtomicReference<>();
    private final AtomicInteger fetches = new AtomicInteger();

    @BeforeEach
    void startKeyServer() throws IOException {
        keyServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keyServer.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keyServer.start();
    }

    @AfterEach
    void stopKeyServer() {
        keyServer.stop(0);
    }

    @Test
    void aClientsPublishedKeysAreFetchedAndItsRotationFollowed(WildFlyServer server) throws Exception {
        Oidc oidc = new Oidc(server);
        ECKey first = new ECKeyGenerator(Curve.P_256).keyID("first").generate();
        published.set(new JWKSet(first.toPublicJWK()).toString());
        String clientId = register(oidc, jwksUri());
        assertThat(Json.parse(adminGet(oidc, "/api/v1/admin/clients").body()).findValues("jwksUri").toString()).contains(jwksUri());

        HttpResponse<String> issued = tokenRequest(oidc, clientId, first);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(fetches.get()).as("fetched once").isEqualTo(1);
        assertThat(tokenRequest(oidc, clientId, first).statusCode()).isEqualTo(200);
        assertThat(fetches.get()).as("then served from the cache").isEqualTo(1);

        // the client rotates: it publishes its new key alone and signs with it
        ECKey second = new ECKeyGenerator(Curve.P_256).keyID("second").generate();
        published.set(new JWKSet(second.toPublicJWK()).toString());
        HttpResponse<String> rotated = eventually(() -> tokenRequest(oidc, clientId, second), 200);
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        assertThat(fetches.get()).as("the unknown key id made Vigil fetch again").isGreaterThanOrEqualTo(2);

        // the withdrawn key no longer counts: Vigil's copy is the one it fetched for the new key
        HttpResponse<String> withdrawn = tokenRequest(oidc, clientId, first);
        OidcIT.assertOAuthError(withdrawn, 401, "invalid_client");

        // a key id nobody published, again and again, does not make Vigil hammer the client's server
        int before = fetches.get();
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID("stranger").generate();
        for (int i = 0; i < 10; i++) {
            OidcIT.assertOAuthError(tokenRequest(oidc, clientId, stranger), 401, "invalid_client");
        }
        // Nimbus lets two fetches through per 5-s interval; ten requests may straddle one boundary
        assertThat(fetches.get() - before).as("fetches for ten unknown key ids in a row").isLessThanOrEqualTo(4);
    }

    @Test
    void keysThatCannotBeFetchedAuthenticateNobody(WildFlyServer server) throws Exception {
        Oidc oidc = new Oidc(server);
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k").generate();
        published.set("this is not a JWK set");
        String clientId = register(oidc, jwksUri());
        OidcIT.assertOAuthError(tokenRequest(oidc, clientId, key), 401, "invalid_client");

        String gone = register(oidc, "http://127.0.0.1:9/jwks");
        OidcIT.assertOAuthError(tokenRequest(oidc, gone, key), 401, "invalid_client");
    }

    /** CIBA Core §7.1: the provider accepts its issuer, its token endpoint or the backchannel endpoint as the assertion's audience. */
    @Test
    void aBackchannelRequestsAssertionMayNameAnyOfTheProvidersIdentifiers(WildFlyServer server) throws Exception {
        Oidc oidc = new Oidc(server);
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("ciba").generate();
        published.set(new JWKSet(key.toPublicJWK()).toString());
        Map<String, Object> body = new java.util.HashMap<>(client(jwksUri()));
        body.put("grantTypes", List.of("urn:openid:params:grant-type:ciba"));
        body.put("scopes", List.of("openid"));
        oidc.register(body);
        String clientId = (String) body.get("clientId");

        for (String audience : List.of(oidc.issuer(), oidc.issuer() + "/oidc/token", oidc.issuer() + "/oidc/backchannel")) {
            // the client is known and authenticated: what is left to refuse is the unknown person
            OidcIT.assertOAuthError(backchannelRequest(oidc, clientId, key, audience), 400, "unknown_user_id");
        }
        OidcIT.assertOAuthError(backchannelRequest(oidc, clientId, key, "https://another-provider.example.org"), 401, "invalid_client");
    }

    @Test
    void aJwksUriIsRefusedUnlessItIsHttpsOrLoopbackAndNeverBesideKeys(WildFlyServer server) throws Exception {
        Oidc oidc = new Oidc(server);
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k").generate();
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                client("http://keys.example.org/jwks"),
                client("https://keys.example.org/jwks#fragment"),
                client("keys.example.org/jwks"),
                withKeys(client("https://keys.example.org/jwks"), new JWKSet(key.toPublicJWK()).toString()))) {
            HttpResponse<String> refused = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/clients"))
                    .header("Authorization", "Bearer " + oidc.adminToken()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("jwksUri");
            assertThat(adminGet(oidc, "/api/v1/admin/clients").body()).doesNotContain((String) body.get("clientId"));
        }
    }

    private String jwksUri() {
        return "http://127.0.0.1:" + keyServer.getAddress().getPort() + "/jwks";
    }

    private static String register(Oidc oidc, String jwksUri) {
        Map<String, Object> body = client(jwksUri);
        oidc.register(body);
        return (String) body.get("clientId");
    }

    private static Map<String, Object> client(String jwksUri) {
        return Map.of("clientId", "rp-keys-" + ThreadLocalRandom.current().nextInt(100_000, 999_999), "name", "Relying party",
                "tokenEndpointAuthMethod", "private_key_jwt", "jwksUri", jwksUri, "grantTypes", List.of("client_credentials"));
    }

    private static Map<String, Object> withKeys(Map<String, Object> client, String jwks) {
        Map<String, Object> both = new java.util.HashMap<>(client);
        both.put("jwks", jwks);
        return both;
    }

    private static HttpResponse<String> tokenRequest(Oidc oidc, String clientId, ECKey key) throws Exception {
        return oidc.tokenRequest(Map.of("grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion(clientId, key, oidc.issuer() + "/oidc/token")), null);
    }

    private static String assertion(String clientId, ECKey key, String audience) throws Exception {
        Date now = new Date();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience).issueTime(now)
                        .expirationTime(new Date(now.getTime() + 60_000)).jwtID(UUID.randomUUID().toString()).build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static HttpResponse<String> backchannelRequest(Oidc oidc, String clientId, ECKey key, String audience) throws Exception {
        return oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", "nobody-" + UUID.randomUUID() + "@example.org",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion(clientId, key, audience)), null);
    }

    private static HttpResponse<String> adminGet(Oidc oidc, String path) {
        return Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + path)).header("Authorization", "Bearer " + oidc.adminToken()));
    }

    /** Asks again until the answer has the status: a refetch Vigil has just made waits out its minimum interval first. */
    private static HttpResponse<String> eventually(ThrowingSupplier request, int status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        HttpResponse<String> last = request.get();
        while (last.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            last = request.get();
        }
        return last;
    }

    private interface ThrowingSupplier {
        HttpResponse<String> get() throws Exception;
    }
}
