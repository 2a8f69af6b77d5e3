package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.it.OidcIT.assertOAuthError;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.CareWorld;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.ServerLog;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.TestDevice;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * The holes a review of the running identity provider found (issue 12), each probed from outside as an
 * attacker would. The authorization columns (outside applications, missing scope) are in
 * {@link AdminAuthorizationMatrixIT} and {@link CareAuthorizationMatrixIT}.
 */
@ExtendWith(VigilServerExtension.class)
class IdentityHardeningIT {

    private static final String REDIRECT = "http://localhost:9/callback";
    private static final String CIBA = "urn:openid:params:grant-type:ciba";

    // ------------------------------------------------------------ 1: privileged APIs need the scope, and Vigil's own application

    @Test
    void theAdminScopeIsForVigilsOwnApplicationsAndAdminsOnly(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        HttpResponse<String> thirdParty = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/clients"))
                .header("Authorization", "Bearer " + oidc.adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("clientId", "evil-" + n(), "name", "Evil",
                        "tokenEndpointAuthMethod", "client_secret_basic", "redirectUris", List.of(REDIRECT),
                        "grantTypes", List.of("authorization_code"), "scopes", List.of("openid", "vigil:admin"), "firstParty", false)))));
        assertThat(thirdParty.statusCode()).as("an outside application cannot be allowed the admin scope").isEqualTo(400);
        assertThat(thirdParty.body()).contains("scopes");

        assertThat(SignedJWT.parse(oidc.adminToken()).getJWTClaimsSet().getStringClaim("scope")).isEqualTo("vigil:admin");

        // a person without the admin role asking a console for the scope does not get it
        CareWorld world = new CareWorld(server, mail);
        String nobody = world.personViaConsole().token();
        assertThat(SignedJWT.parse(nobody).getJWTClaimsSet().getStringClaim("scope")).isEqualTo("openid");
        String admin = world.personViaConsole("admin").token();
        assertThat(SignedJWT.parse(admin).getJWTClaimsSet().getStringClaim("scope")).isEqualTo("openid vigil:admin");
    }

    // ------------------------------------------------------------ 2: reuse revokes the access tokens of the login too

    @Test
    void aReplayedCodeRevokesTheAccessTokenTheFirstRedemptionGot(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        OidcIT.Login login = OidcIT.login(oidc, server, mail, true);
        String access = Json.parse(login.redeem(oidc, login.verifier()).body()).get("access_token").asText();
        assertThat(userinfo(oidc, access).statusCode()).isEqualTo(200);

        assertOAuthError(login.redeem(oidc, login.verifier()), 400, "invalid_grant");

        assertThat(userinfo(oidc, access).statusCode()).as("RFC 6749 §4.1.2: revoke what the code gave").isEqualTo(401);
    }

    @Test
    void aReusedRefreshTokenRevokesEveryAccessTokenOfItsFamily(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        OidcIT.Login login = OidcIT.login(oidc, server, mail, true);
        JsonNode first = Json.parse(login.redeem(oidc, login.verifier()).body());
        JsonNode second = Json.parse(oidc.tokenRequest(Map.of("grant_type", "refresh_token",
                "refresh_token", first.get("refresh_token").asText()), login.basic()).body());
        assertThat(userinfo(oidc, second.get("access_token").asText()).statusCode()).isEqualTo(200);

        assertOAuthError(oidc.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", first.get("refresh_token").asText()),
                login.basic()), 400, "invalid_grant");

        assertThat(userinfo(oidc, first.get("access_token").asText()).statusCode()).isEqualTo(401);
        assertThat(userinfo(oidc, second.get("access_token").asText()).statusCode()).isEqualTo(401);
    }

    // ------------------------------------------------------------ 3: a pending login belongs to the browser that started it

    @Test
    void aPendingLoginAndItsSessionGoOnlyToTheBrowserThatStartedIt(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        String clientId = OidcIT.registerWebClient(oidc, true).get("clientId").asText();
        Oidc victim = new Oidc(server);
        Oidc attacker = new Oidc(server);
        HttpResponse<String> page = victim.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", REDIRECT, "scope", "openid", "code_challenge", Oidc.challenge(Oidc.verifier()), "code_challenge_method", "S256")));
        String pending = Oidc.pendingOf(page);
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("VIGIL_LOGIN=").contains("HttpOnly"));

        assertOAuthError(deviceLogin(attacker, pending, person.email()), 400, "invalid_request");
        assertThat(attacker.browseBytes("/oidc/login/qr.png?pending=" + pending).statusCode()).isEqualTo(400);
        HttpResponse<String> started = deviceLogin(victim, pending, person.email());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(Json.parse(started.body()).get("matchingCode").asText()).as("long enough not to match by luck").matches("\\d{6}");
        JsonNode request = device.awaitRequest("code " + Json.parse(started.body()).get("matchingCode").asText(), Duration.ofSeconds(10));
        assertThat(device.decide(request, "approve").statusCode()).isEqualTo(204);

        HttpResponse<String> stolen = attacker.loginStatus(pending);
        assertThat(Json.parse(stolen.body()).get("status").asText()).isEqualTo("expired");
        assertThat(stolen.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("VIGIL_SESSION="));
        HttpResponse<String> approved = victim.loginStatus(pending);
        assertThat(Json.parse(approved.body()).get("status").asText()).isEqualTo("approved");
        assertThat(approved.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("VIGIL_SESSION="));
        HttpResponse<String> again = victim.loginStatus(pending);
        assertThat(again.headers().allValues("Set-Cookie")).as("the session is handed over once").noneMatch(c -> c.startsWith("VIGIL_SESSION="));
        assertThat(attacker.browse("/oidc/authorize/resume?pending=" + pending).statusCode()).isEqualTo(400);
        HttpResponse<String> back = victim.browse(Json.parse(approved.body()).get("next").asText());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
        assertThat(Oidc.queryOf(back.headers().firstValue("Location").orElseThrow())).containsKey("code");
    }

    @Test
    void theLoginCookiesAreSecureWhenTheBrowserCameOverHttps(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        String clientId = OidcIT.registerWebClient(oidc, true).get("clientId").asText();
        assertThat(loginPage(new Oidc(server), clientId).headers().allValues("Set-Cookie"))
                .as("over plain HTTP (the tests' issuer) the browser could not send a Secure cookie back")
                .anySatisfy(c -> assertThat(c).startsWith("VIGIL_LOGIN=").doesNotContainIgnoringCase("secure"));

        HttpClient browser = HttpClient.newBuilder().sslContext(trustingAnyCertificate()).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String https = server.httpsUrl().toString().replaceAll("/$", "");
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(https + Oidc.authorizePath(Map.of("response_type", "code",
                "client_id", clientId, "redirect_uri", REDIRECT, "scope", "openid", "code_challenge", Oidc.challenge(Oidc.verifier()),
                "code_challenge_method", "S256")))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("VIGIL_LOGIN=").containsIgnoringCase("secure"));
        String pending = Oidc.pendingOf(page);
        HttpResponse<String> started = browser.send(HttpRequest.newBuilder(URI.create(https + "/oidc/login/device"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("pending", pending, "login", person.email())))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        JsonNode request = device.awaitRequest("code " + Json.parse(started.body()).get("matchingCode").asText(), Duration.ofSeconds(10));
        assertThat(device.decide(request, "approve").statusCode()).isEqualTo(204);

        HttpResponse<String> approved = browser.send(HttpRequest.newBuilder(URI.create(https + "/oidc/login/status"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("pending", pending)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(Json.parse(approved.body()).get("status").asText()).isEqualTo("approved");
        assertThat(approved.headers().allValues("Set-Cookie")).as("the 8-hour session never travels over plain HTTP")
                .anySatisfy(c -> assertThat(c).startsWith("VIGIL_SESSION=").containsIgnoringCase("secure").containsIgnoringCase("httponly"));
    }

    // ------------------------------------------------------------ 4: push bombing

    @Test
    void namingAPersonAgainAndAgainSendsTheirDeviceAFewRequestsOnly(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        String clientId = OidcIT.registerWebClient(oidc, true).get("clientId").asText();
        int allowed = 10;
        for (int i = 0; i < allowed; i++) {
            Oidc bomber = new Oidc(server);
            assertThat(deviceLogin(bomber, Oidc.pendingOf(loginPage(bomber, clientId)), person.email()).statusCode()).isEqualTo(200);
        }
        Oidc bomber = new Oidc(server);
        assertOAuthError(deviceLogin(bomber, Oidc.pendingOf(loginPage(bomber, clientId)), person.email()), 429, "slow_down");
        assertThat(Json.parse(device.call("GET", "/api/v1/authenticators/requests", null).body()).size()).isEqualTo(allowed);
        // unknown people are throttled alike, so the answer tells nobody who has an account
        String nobody = "nobody-" + n() + "@example.org";
        for (int i = 0; i < allowed; i++) {
            Oidc other = new Oidc(server);
            assertThat(deviceLogin(other, Oidc.pendingOf(loginPage(other, clientId)), nobody).statusCode()).isEqualTo(200);
        }
        assertOAuthError(deviceLogin(bomber, Oidc.pendingOf(loginPage(bomber, clientId)), nobody), 429, "slow_down");
    }

    // ------------------------------------------------------------ 5: client authentication

    @Test
    void failedClientAuthenticationIsUniformLoggedAndBackedOff(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        JsonNode client = oidc.register(Map.of("clientId", "svc-" + n(), "name", "Service", "tokenEndpointAuthMethod", "client_secret_basic",
                "grantTypes", List.of("client_credentials")));
        String clientId = client.get("clientId").asText();
        Map<String, String> grant = Map.of("grant_type", "client_credentials");

        HttpResponse<String> wrong = oidc.tokenRequest(grant, Oidc.basic(clientId, "wrong-secret"));
        HttpResponse<String> unknown = oidc.tokenRequest(grant, Oidc.basic("nobody-" + n(), "wrong-secret"));
        assertOAuthError(wrong, 401, "invalid_client");
        assertOAuthError(unknown, 401, "invalid_client");
        assertThat(Json.parse(unknown.body()).get("error_description")).isEqualTo(Json.parse(wrong.body()).get("error_description"));
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        HttpResponse<String> posted = oidc.tokenRequest(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", "wrong-secret"), null);
        assertOAuthError(posted, 401, "invalid_client");
        assertThat(posted.headers().firstValue("WWW-Authenticate")).as("no Basic challenge to a client that did not use Basic").isEmpty();
        // the support engineer reads why, and from where; the client is told nothing more than "failed"
        assertThat(ServerLog.awaitLine(server, Duration.ofSeconds(5), "client authentication failed", clientId, "wrong secret"))
                .contains("127.0.0.1");

        for (int i = 2; i < 20; i++) {
            assertOAuthError(oidc.tokenRequest(grant, Oidc.basic(clientId, "guess-" + i)), 401, "invalid_client");
        }
        HttpResponse<String> backedOff = oidc.tokenRequest(grant, Oidc.basic(clientId, client.get("clientSecret").asText()));
        assertOAuthError(backedOff, 429, "slow_down");
        assertThat(backedOff.headers().firstValue("Retry-After")).isPresent();
    }

    // ------------------------------------------------------------ 6: rate limits behind a reverse proxy

    @Test
    void ratesAreCountedPerForwardedClientAddressBehindATrustedProxy(WildFlyServer server) {
        String first = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
        String second = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250);
        for (int i = 0; i < 30; i++) {
            assertThat(resend(server, first).statusCode()).isEqualTo(404);
        }

        assertThat(resend(server, first).statusCode()).as("the 31st from one client behind the proxy").isEqualTo(429);
        assertThat(resend(server, second).statusCode()).as("another client behind the same proxy").isEqualTo(404);
    }

    // ------------------------------------------------------------ 7: introspection

    @Test
    void introspectionAnswersTheTokensOwnClientAndNamedResourceServersOnly(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        OidcIT.Login login = OidcIT.login(oidc, server, mail, true);
        String access = Json.parse(login.redeem(oidc, login.verifier()).body()).get("access_token").asText();
        JsonNode stranger = OidcIT.registerWebClient(oidc, true);
        JsonNode resourceServer = oidc.register(Map.of("clientId", "rs-" + n(), "name", "Resource server",
                "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of("client_credentials"), "resourceServer", true));

        assertThat(introspect(oidc, access, login.basic()).get("active").asBoolean()).isTrue();
        assertThat(introspect(oidc, access, Oidc.basic(stranger.get("clientId").asText(), stranger.get("clientSecret").asText()))
                .get("active").asBoolean()).as("another client learns nothing").isFalse();
        JsonNode named = introspect(oidc, access, Oidc.basic(resourceServer.get("clientId").asText(),
                resourceServer.get("clientSecret").asText()));
        assertThat(named.get("active").asBoolean()).isTrue();
        assertThat(named.get("client_id").asText()).isEqualTo(login.clientId());
    }

    // ------------------------------------------------------------ 8: CIBA: the guessing client is locked out, not the person

    @Test
    void wrongUserCodesLockOutTheGuessingClientNotThePerson(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        String guesser = userCodeClient(oidc);
        String honest = userCodeClient(oidc);
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        assertThat(device.call("PUT", "/api/v1/account/user-code", Json.write(Map.of("userCode", "7412-blue"))).statusCode()).isEqualTo(204);
        for (int i = 0; i < 5; i++) {
            assertOAuthError(backchannel(oidc, guesser, person.email(), "guess-" + i), 400, "invalid_user_code");
        }
        assertOAuthError(backchannel(oidc, guesser, person.email(), "7412-blue"), 429, "invalid_user_code");

        HttpResponse<String> other = backchannel(oidc, honest, person.email(), "7412-blue");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
    }

    // ------------------------------------------------------------ helpers

    /** The test server's certificate is self-signed; this browser accepts it (only to read the cookies it is sent). */
    private static SSLContext trustingAnyCertificate() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("servers only");
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // any: the test reads cookies, not the certificate (HttpsIT checks that)
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return tls;
    }

    private static HttpResponse<String> userinfo(Oidc oidc, String accessToken) {
        return Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/oidc/userinfo")).header("Authorization", "Bearer " + accessToken));
    }

    private static HttpResponse<String> loginPage(Oidc browser, String clientId) {
        return browser.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId, "redirect_uri", REDIRECT,
                "scope", "openid", "code_challenge", Oidc.challenge(Oidc.verifier()), "code_challenge_method", "S256")));
    }

    private static HttpResponse<String> deviceLogin(Oidc browser, String pending, String login) {
        return browser.browserSend(HttpRequest.newBuilder(URI.create(browser.issuer() + "/oidc/login/device"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("pending", pending, "login", login)))));
    }

    private static HttpResponse<String> resend(WildFlyServer server, String forwardedFor) {
        return Http.send(HttpRequest.newBuilder(SignUps.api(server).resolve("signups/" + UUID.randomUUID() + "/codes"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("channel", "email")))));
    }

    private static JsonNode introspect(Oidc oidc, String token, String basic) {
        HttpResponse<String> response = oidc.post("/oidc/introspect", Map.of("token", token), basic);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private static String userCodeClient(Oidc oidc) {
        JsonNode client = oidc.register(Map.of("clientId", "station-" + n(), "name", "Station", "tokenEndpointAuthMethod", "client_secret_basic",
                "grantTypes", List.of(CIBA), "firstParty", true, "backchannelUserCodeParameter", true));
        return Oidc.basic(client.get("clientId").asText(), client.get("clientSecret").asText());
    }

    private static HttpResponse<String> backchannel(Oidc oidc, String basic, String login, String userCode) {
        return oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", login, "user_code", userCode), basic);
    }

    private static long n() {
        return ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999);
    }
}
