package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitUntilState;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.TestDevice;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * OpenID Connect Back-Channel Logout 1.0: a person logs in to two relying parties in one browser, so in one Vigil
 * session, and logs out at one of them; both are told, each with a logout token that verifies against Vigil's JWKS and
 * says what §2.4 and §2.6 demand. The relying parties' logout endpoints are real HTTP servers on loopback; one answers
 * the first attempt with 503 and is tried again. A client that registered an endpoint but was not logged in through
 * the session, and one logged in that registered none, are told nothing.
 *
 * <p>Front-Channel Logout 1.0 in headless Chromium: a person logs in on the hosted page to a back-channel relying party
 * and two front-channel ones (one needing {@code iss} and {@code sid}); Vigil's logout page frames both front-channel
 * pages (real loopback servers) before the browser moves on to the post-logout address, and the back-channel one gets
 * its logout token.
 */
@ExtendWith(VigilServerExtension.class)
class BackChannelLogoutIT {

    private static final String REDIRECT = "http://localhost:9/callback";
    private static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final String LOGGED_OUT = "http://localhost:9/logged-out";

    private record Received(String contentType, String logoutToken) {
    }

    private HttpServer receivers;
    private final Map<String, CompletableFuture<Received>> delivered = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    /** The front-channel logout pages' requests, by relying party: the raw query (empty for none). */
    private final Map<String, CompletableFuture<String>> framed = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> frameCalls = new ConcurrentHashMap<>();

    @BeforeEach
    void startReceivers() throws IOException {
        receivers = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (String rp : List.of("a", "b", "c")) {
            delivered.put(rp, new CompletableFuture<>());
            calls.put(rp, new AtomicInteger());
            receivers.createContext("/" + rp + "/logout", exchange -> {
                int call = calls.get(rp).incrementAndGet();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if ("b".equals(rp) && call == 1) {
                    // B is briefly down: Vigil must try again
                    exchange.sendResponseHeaders(503, -1);
                } else {
                    delivered.get(rp).complete(new Received(exchange.getRequestHeaders().getFirst("Content-Type"), formValue(body, "logout_token")));
                    exchange.sendResponseHeaders("a".equals(rp) ? 200 : 204, -1);
                }
                exchange.close();
            });
        }
        for (String rp : List.of("f", "g")) {
            framed.put(rp, new CompletableFuture<>());
            frameCalls.put(rp, new AtomicInteger());
            receivers.createContext("/" + rp + "/frontchannel-logout", exchange -> {
                frameCalls.get(rp).incrementAndGet();
                String query = exchange.getRequestURI().getRawQuery();
                framed.get(rp).complete(exchange.getRequestMethod() + " " + (query == null ? "" : query));
                byte[] page = "<!DOCTYPE html><title>Logged out</title><p>Logged out of the relying party.</p>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
        }
        receivers.start();
    }

    @AfterEach
    void stopReceivers() {
        receivers.stop(0);
    }

    @Test
    void aLogoutAtOneRelyingPartyReachesEveryRelyingPartyOfTheSession(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        JsonNode discovery = Json.parse(Http.get(URI.create(oidc.issuer() + "/.well-known/openid-configuration")).body());
        assertThat(discovery.get("backchannel_logout_supported").asBoolean()).isTrue();
        assertThat(discovery.get("backchannel_logout_session_supported").asBoolean()).isTrue();
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        String a = register(oidc, endpoint("a"), "ES256");
        String b = register(oidc, endpoint("b"), "RS256");
        register(oidc, endpoint("c"), "ES256");
        String silent = register(oidc, null, "ES256");
        assertThat(Json.parse(adminGet(oidc, "/api/v1/admin/clients").body()).findValues("backchannelLogoutUri").toString())
                .contains(endpoint("a"));

        Oidc browser = new Oidc(server);
        String verifierA = Oidc.verifier();
        HttpResponse<String> loginPage = browser.browse(authorize(a, verifierA));
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        JsonNode tokensA = redeem(oidc, a, browser.loginWithDevice(loginPage, person.email(), device), verifierA);
        // the same browser, so the same Vigil session: B and the silent client get their codes without a login
        String verifierB = Oidc.verifier();
        JsonNode tokensB = redeem(oidc, b, browser.browse(authorize(b, verifierB)), verifierB);
        String verifierSilent = Oidc.verifier();
        redeem(oidc, silent, browser.browse(authorize(silent, verifierSilent)), verifierSilent);
        JWTClaimsSet idA = SignedJWT.parse(tokensA.get("id_token").asText()).getJWTClaimsSet();
        JWTClaimsSet idB = SignedJWT.parse(tokensB.get("id_token").asText()).getJWTClaimsSet();
        assertThat(idB.getStringClaim("sid")).isEqualTo(idA.getStringClaim("sid")).isNotBlank();

        HttpResponse<String> loggedOut = browser.browse("/oidc/logout?" + Oidc.form(Map.of("id_token_hint", tokensA.get("id_token").asText())));
        assertThat(loggedOut.statusCode()).as(loggedOut.body()).isLessThan(400);

        JWKSet keys = JWKSet.parse(Http.get(URI.create(oidc.issuer() + "/oidc/jwks")).body());
        Received atA = delivered.get("a").get(20, TimeUnit.SECONDS);
        Received atB = delivered.get("b").get(20, TimeUnit.SECONDS);
        assertLogoutToken(atA, keys, oidc.issuer(), a, idA, JWSAlgorithm.ES256);
        assertLogoutToken(atB, keys, oidc.issuer(), b, idB, JWSAlgorithm.RS256);
        assertThat(calls.get("b").get()).as("B's first answer was 503, so it was tried again").isGreaterThanOrEqualTo(2);
        assertThat(calls.get("a").get()).as("A answered 200 at once").isEqualTo(1);
        assertThat(calls.get("c").get()).as("C was not logged in through this session").isZero();
    }

    @Test
    void aLogoutInTheBrowserFramesTheFrontChannelRelyingPartiesThenGoesOnAndTellsTheBackChannelOne(WildFlyServer server, MailCatcher mail)
            throws Exception {
        Oidc oidc = new Oidc(server);
        JsonNode discovery = Json.parse(Http.get(URI.create(oidc.issuer() + "/.well-known/openid-configuration")).body());
        assertThat(discovery.get("frontchannel_logout_supported").asBoolean()).isTrue();
        assertThat(discovery.get("frontchannel_logout_session_supported").asBoolean()).isTrue();
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        String back = register(oidc, endpoint("a"), "ES256");
        String front = registerFrontChannel(oidc, frameEndpoint("f"), true);
        String frontWithoutSession = registerFrontChannel(oidc, frameEndpoint("g"), false);
        JsonNode asAdminsSeeIt = adminClient(oidc, front);
        assertThat(asAdminsSeeIt.get("frontchannelLogoutUri").asText()).isEqualTo(frameEndpoint("f"));
        assertThat(asAdminsSeeIt.get("frontchannelLogoutSessionRequired").asBoolean()).isTrue();
        assertThat(adminClient(oidc, back).path("frontchannelLogoutUri").isTextual()).as("none registered").isFalse();

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setArgs(List.of("--no-sandbox", "--disable-gpu",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            Page page = browser.newContext().newPage();
            String verifierFront = Oidc.verifier();
            page.navigate(oidc.issuer() + authorize(front, verifierFront));
            page.waitForSelector("#login-name");
            page.fill("#login-name", person.email());
            page.click("#send");
            page.waitForSelector("#matching-code:not(:empty)");
            String matchingCode = page.textContent("#matching-code").strip();
            String callbackFront = page.waitForRequest(r -> r.url().startsWith(REDIRECT), () -> {
                JsonNode request = device.awaitRequest("code " + matchingCode, Duration.ofSeconds(10));
                assertThat(device.decide(request, "approve").statusCode()).isEqualTo(204);
            }).url();
            JsonNode tokensFront = redeem(oidc, front, Oidc.queryOf(callbackFront).get("code"), verifierFront);
            // the same browser, so the same Vigil session: the others get their codes without a login
            String verifierBack = Oidc.verifier();
            JsonNode tokensBack = redeem(oidc, back, Oidc.queryOf(backAtTheApp(page, REDIRECT,
                    () -> page.navigate(oidc.issuer() + authorize(back, verifierBack)))).get("code"), verifierBack);
            String verifierOther = Oidc.verifier();
            redeem(oidc, frontWithoutSession, Oidc.queryOf(backAtTheApp(page, REDIRECT,
                    () -> page.navigate(oidc.issuer() + authorize(frontWithoutSession, verifierOther)))).get("code"), verifierOther);
            JWTClaimsSet idFront = SignedJWT.parse(tokensFront.get("id_token").asText()).getJWTClaimsSet();
            JWTClaimsSet idBack = SignedJWT.parse(tokensBack.get("id_token").asText()).getJWTClaimsSet();
            assertThat(idFront.getStringClaim("sid")).isNotBlank().isEqualTo(idBack.getStringClaim("sid"));

            String[] policy = new String[1];
            String loggedOut = backAtTheApp(page, LOGGED_OUT, () -> {
                Response logoutPage = page.navigate(oidc.issuer() + "/oidc/logout?" + Oidc.form(Map.of("id_token_hint",
                        tokensFront.get("id_token").asText(), "post_logout_redirect_uri", LOGGED_OUT, "state", "bye")),
                        new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
                assertThat(logoutPage.status()).isEqualTo(200);
                policy[0] = logoutPage.headerValue("content-security-policy");
            });
            assertThat(framed.get("f")).as("the browser moved on only once the frames had loaded").isDone();
            assertThat(framed.get("g")).isDone();
            assertThat(Oidc.queryOf(loggedOut).get("state")).isEqualTo("bye");
            Map<String, String> frontQuery = Oidc.queryOf("?" + framed.get("f").get().substring("GET ".length()));
            assertThat(framed.get("f").get()).startsWith("GET ");
            assertThat(frontQuery.get("iss")).isEqualTo(oidc.issuer());
            assertThat(frontQuery.get("sid")).isEqualTo(idFront.getStringClaim("sid"));
            assertThat(framed.get("g").get()).as("no iss and sid unless required").isEqualTo("GET ");
            String origin = "http://127.0.0.1:" + receivers.getAddress().getPort();
            assertThat(policy[0]).contains("frame-ancestors 'none'").contains("frame-src " + origin).doesNotContain("frame-src *");

            Received atBack = delivered.get("a").get(20, TimeUnit.SECONDS);
            assertLogoutToken(atBack, JWKSet.parse(Http.get(URI.create(oidc.issuer() + "/oidc/jwks")).body()), oidc.issuer(), back,
                    idBack, JWSAlgorithm.ES256);
            assertThat(frameCalls.get("f").get()).isEqualTo(1);
            assertThat(frameCalls.get("g").get()).isEqualTo(1);

            // the session has ended: the front-channel client's next authorization asks for a login again. In a new tab of
            // the same browser (same cookies): the old one may still be failing over to Chromium's error page for the
            // unreachable post-logout address, which would interrupt a navigation started there
            Page next = page.context().newPage();
            next.navigate(oidc.issuer() + authorize(front, Oidc.verifier()));
            next.waitForSelector("#login-name");
        }
    }

    @Test
    void aBackchannelLogoutUriIsRefusedUnlessItIsHttpsOrLoopback(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        for (String field : List.of("backchannelLogoutUri", "frontchannelLogoutUri")) {
            for (String uri : List.of("http://rp.example.org/logout", "https://rp.example.org/logout#fragment", "rp.example.org/logout",
                    "https://user:pass@rp.example.org/logout")) {
                Map<String, Object> body = client(null, "ES256");
                body.put(field, uri);
                HttpResponse<String> refused = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/clients"))
                        .header("Authorization", "Bearer " + oidc.adminToken()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
                assertThat(refused.statusCode()).as(uri + ": " + refused.body()).isEqualTo(400);
                assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                assertThat(refused.body()).contains(field);
                assertThat(adminGet(oidc, "/api/v1/admin/clients").body()).doesNotContain((String) body.get("clientId"));
            }
        }
    }

    /** §2.6: what a relying party checks before it acts on a logout token. */
    private static void assertLogoutToken(Received received, JWKSet keys, String issuer, String clientId, JWTClaimsSet idToken,
                                          JWSAlgorithm alg) throws Exception {
        assertThat(received.contentType()).startsWith("application/x-www-form-urlencoded");
        SignedJWT jwt = SignedJWT.parse(received.logoutToken());
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("logout+jwt");
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(alg);
        JWK key = keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("signed with a published key").isNotNull();
        assertThat(key instanceof ECKey ec ? jwt.verify(new ECDSAVerifier(ec)) : jwt.verify(new RSASSAVerifier((RSAKey) key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(issuer);
        assertThat(claims.getAudience()).containsExactly(clientId);
        assertThat(claims.getIssueTime()).isNotNull();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isBetween(1L, 120_000L);
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getSubject()).isEqualTo(idToken.getSubject());
        assertThat(claims.getStringClaim("sid")).isEqualTo(idToken.getStringClaim("sid"));
        assertThat(claims.getJSONObjectClaim("events")).containsOnlyKeys(EVENT);
        assertThat(claims.getJSONObjectClaim("events").get(EVENT)).isEqualTo(Map.of());
        assertThat(claims.getClaims()).doesNotContainKey("nonce");
    }

    private String frameEndpoint(String rp) {
        return "http://127.0.0.1:" + receivers.getAddress().getPort() + "/" + rp + "/frontchannel-logout";
    }

    private String registerFrontChannel(Oidc oidc, String frontchannelLogoutUri, boolean sessionRequired) {
        Map<String, Object> body = client(null, "ES256");
        body.put("frontchannelLogoutUri", frontchannelLogoutUri);
        body.put("frontchannelLogoutSessionRequired", sessionRequired);
        body.put("postLogoutRedirectUris", List.of(LOGGED_OUT));
        String clientId = (String) body.get("clientId");
        secrets.put(clientId, oidc.register(body).get("clientSecret").asText());
        return clientId;
    }

    private static JsonNode adminClient(Oidc oidc, String clientId) {
        for (JsonNode client : Json.parse(adminGet(oidc, "/api/v1/admin/clients").body())) {
            if (client.get("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    /** The URL the browser is sent to (nobody listens there: the request is what counts). */
    private static String backAtTheApp(Page page, String prefix, Runnable action) {
        return page.waitForRequest(r -> r.url().startsWith(prefix), () -> {
            try {
                action.run();
            } catch (PlaywrightException e) {
                // the address does not answer; the request to it has been made
            }
        }).url();
    }

    private String endpoint(String rp) {
        return "http://127.0.0.1:" + receivers.getAddress().getPort() + "/" + rp + "/logout";
    }

    private String register(Oidc oidc, String backchannelLogoutUri, String idTokenAlg) {
        Map<String, Object> body = client(backchannelLogoutUri, idTokenAlg);
        String clientId = (String) body.get("clientId");
        secrets.put(clientId, oidc.register(body).get("clientSecret").asText());
        return clientId;
    }

    private static Map<String, Object> client(String backchannelLogoutUri, String idTokenAlg) {
        Map<String, Object> body = new HashMap<>(Map.of("clientId", "rp-logout-" + ThreadLocalRandom.current().nextInt(100_000, 999_999),
                "name", "Relying party", "tokenEndpointAuthMethod", "client_secret_basic", "redirectUris", List.of(REDIRECT),
                "grantTypes", List.of("authorization_code"), "scopes", List.of("openid"), "firstParty", true,
                "idTokenSignedResponseAlg", idTokenAlg));
        if (backchannelLogoutUri != null) {
            body.put("backchannelLogoutUri", backchannelLogoutUri);
        }
        return body;
    }

    private static String authorize(String clientId, String verifier) {
        return Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId, "redirect_uri", REDIRECT, "scope", "openid",
                "state", UUID.randomUUID().toString(), "nonce", UUID.randomUUID().toString(),
                "code_challenge", Oidc.challenge(verifier), "code_challenge_method", "S256"));
    }

    /** Redeems the code the redirect back to the client carries; the client's secret is what its registration answered. */
    private JsonNode redeem(Oidc oidc, String clientId, HttpResponse<String> redirect, String verifier) {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(303);
        return redeem(oidc, clientId, Oidc.queryOf(redirect.headers().firstValue("Location").orElseThrow()).get("code"), verifier);
    }

    private JsonNode redeem(Oidc oidc, String clientId, String code, String verifier) {
        HttpResponse<String> tokens = oidc.tokenRequest(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "code_verifier", verifier), Oidc.basic(clientId, secrets.get(clientId)));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return Json.parse(tokens.body());
    }

    private static HttpResponse<String> adminGet(Oidc oidc, String path) {
        return Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + path)).header("Authorization", "Bearer " + oidc.adminToken()));
    }

    private static String formValue(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
