package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.QrReader;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.TestDevice;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/** The OpenID Connect provider, walked with a relying party and a browser written from the specifications. */
@ExtendWith(VigilServerExtension.class)
class OidcIT {

    private static final String REDIRECT = "http://localhost:9/callback";
    private static final String LOW = "http://eidas.europa.eu/LoA/low";

    @Test
    void discoveryAndKeysDescribeTheProvider(WildFlyServer server) throws Exception {
        Oidc oidc = new Oidc(server);
        JsonNode config = Json.parse(Http.get(URI.create(oidc.issuer() + "/.well-known/openid-configuration")).body());

        assertThat(config.get("issuer").asText()).isEqualTo(oidc.issuer());
        assertThat(config.get("token_endpoint").asText()).isEqualTo(oidc.issuer() + "/oidc/token");
        assertThat(config.get("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
        assertThat(config.get("acr_values_supported").toString()).contains(LOW);
        assertThat(config.get("pushed_authorization_request_endpoint").asText()).isEqualTo(oidc.issuer() + "/oidc/par");
        assertThat(config.get("require_pushed_authorization_requests").asBoolean(true)).as("demanded per client").isFalse();
        assertThat(config.get("dpop_signing_alg_values_supported").toString()).isEqualTo("[\"ES256\",\"PS256\",\"RS256\"]");
        JWKSet keys = JWKSet.parse(Http.get(URI.create(config.get("jwks_uri").asText())).body());
        assertThat(keys.getKeys()).extracting(k -> k.getAlgorithm().getName()).contains("ES256", "RS256");
        assertThat(keys.getKeys()).noneMatch(k -> k.isPrivate());
    }

    @Test
    void theCodeFlowWithPkceLogsAPersonInThroughTheirDevice(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        Login login = login(oidc, server, mail, false);

        HttpResponse<String> tokens = login.redeem(oidc, login.verifier);

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode body = Json.parse(tokens.body());
        SignedJWT idToken = SignedJWT.parse(body.get("id_token").asText());
        JWKSet keys = JWKSet.parse(Http.get(URI.create(oidc.issuer() + "/oidc/jwks")).body());
        assertThat(idToken.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(idToken.verify(new ECDSAVerifier((ECKey) keys.getKeyByKeyId(idToken.getHeader().getKeyID())))).isTrue();
        JWTClaimsSet id = idToken.getJWTClaimsSet();
        assertThat(id.getIssuer()).isEqualTo(oidc.issuer());
        assertThat(id.getAudience()).containsExactly(login.clientId);
        assertThat(id.getStringClaim("nonce")).isEqualTo(login.nonce);
        assertThat(id.getStringClaim("acr")).isEqualTo(LOW);
        assertThat(id.getStringListClaim("amr")).containsExactly("swk");
        assertThat(id.getStringClaim("sid")).isNotBlank();
        assertThat(id.getLongClaim("auth_time")).isPositive();

        HttpResponse<String> userinfo = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/oidc/userinfo"))
                .header("Authorization", "Bearer " + body.get("access_token").asText()));
        JsonNode claims = Json.parse(userinfo.body());
        assertThat(claims.get("sub").asText()).isEqualTo(id.getSubject());
        assertThat(claims.get("email").asText()).isEqualTo(login.person.email());
        assertThat(claims.get("email_verified").asBoolean()).isTrue();
        assertThat(claims.get("given_name").asText()).isEqualTo("Anna");
    }

    @Test
    void scanningTheQrCodeLogsInWithTheScanningDevicesPerson(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        String clientId = registerWebClient(oidc, true).get("clientId").asText();
        HttpResponse<String> page = oidc.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", REDIRECT, "scope", "openid email", "state", "qr",
                "code_challenge", Oidc.challenge(Oidc.verifier()), "code_challenge_method", "S256")));
        String pending = between(page.body(), "data-pending=\"", "\"");

        HttpResponse<byte[]> png = oidc.browseBytes("/oidc/login/qr.png?pending=" + pending);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        String scanned = QrReader.read(png.body());
        assertThat(scanned).startsWith(oidc.issuer() + "/api/v1/authenticators/qr-logins/");

        String path = URI.create(scanned).getPath();
        HttpResponse<String> claimed = device.call("POST", path, null);
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(201);
        JsonNode request = Json.parse(claimed.body());
        JsonNode status = Json.parse(oidc.loginStatus(pending).body());
        assertThat(request.get("bindingMessage").asText()).endsWith("code " + status.get("matchingCode").asText());
        assertThat(device.call("POST", path, null).statusCode()).as("a QR code is claimed once").isEqualTo(404);

        assertThat(device.decide(request, "approve").statusCode()).isEqualTo(204);
        JsonNode approved = Json.parse(oidc.loginStatus(pending).body());
        assertThat(approved.get("status").asText()).isEqualTo("approved");
        HttpResponse<String> back = oidc.browse(approved.get("next").asText());
        assertThat(Oidc.queryOf(back.headers().firstValue("Location").orElseThrow())).containsEntry("state", "qr").containsKey("code");
    }

    @Test
    void aClientRegisteredForRs256GetsRs256IdTokens(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        JsonNode client = oidc.register(Map.of("clientId", "rs-" + n(), "name", "Legacy app", "tokenEndpointAuthMethod", "client_secret_post",
                "redirectUris", List.of(REDIRECT), "grantTypes", List.of("authorization_code"), "firstParty", true,
                "idTokenSignedResponseAlg", "RS256"));
        String clientId = client.get("clientId").asText();
        HttpResponse<String> page = oidc.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", REDIRECT, "scope", "openid")));
        String code = Oidc.queryOf(oidc.loginWithDevice(page, person.email(), device).headers().firstValue("Location").orElseThrow()).get("code");

        HttpResponse<String> tokens = oidc.tokenRequest(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "client_id", clientId, "client_secret", client.get("clientSecret").asText()), null);

        assertThat(tokens.statusCode()).as("client_secret_post: " + tokens.body()).isEqualTo(200);
        SignedJWT idToken = SignedJWT.parse(Json.parse(tokens.body()).get("id_token").asText());
        assertThat(idToken.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        JWKSet keys = JWKSet.parse(Http.get(URI.create(oidc.issuer() + "/oidc/jwks")).body());
        assertThat(idToken.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(
                keys.getKeyByKeyId(idToken.getHeader().getKeyID()).toRSAKey()))).isTrue();
    }

    @Test
    void refreshTokensRotateAndAReusedOneRevokesItsWholeLogin(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        Login login = login(oidc, server, mail, true);
        String first = Json.parse(login.redeem(oidc, login.verifier).body()).get("refresh_token").asText();

        HttpResponse<String> rotated = oidc.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", first), login.basic());
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String second = Json.parse(rotated.body()).get("refresh_token").asText();
        assertThat(second).isNotEqualTo(first);

        assertOAuthError(oidc.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", first), login.basic()), 400, "invalid_grant");
        assertOAuthError(oidc.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", second), login.basic()), 400, "invalid_grant");
    }

    @Test
    void aCodeIsRedeemedOnceAndOnlyWithItsVerifier(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        Login login = login(oidc, server, mail, true);

        assertOAuthError(login.redeem(oidc, Oidc.verifier()), 400, "invalid_grant");
        assertOAuthError(login.redeem(oidc, login.verifier), 400, "invalid_grant");
    }

    @Test
    void maxAgeAndPromptSendALoggedInPersonBackToLoginOrConsent(WildFlyServer server, MailCatcher mail) throws InterruptedException {
        Oidc oidc = new Oidc(server);
        Login login = login(oidc, server, mail, true);
        Map<String, String> request = Map.of("response_type", "code", "client_id", login.clientId, "redirect_uri", REDIRECT,
                "scope", "openid", "code_challenge", Oidc.challenge(Oidc.verifier()), "code_challenge_method", "S256");

        HttpResponse<String> again = login.browser.browse(Oidc.authorizePath(request));
        assertThat(again.statusCode()).as("a fresh login is reused").isEqualTo(303);

        Thread.sleep(1100);
        Map<String, String> stale = new java.util.HashMap<>(request);
        stale.put("max_age", "1");
        HttpResponse<String> tooOld = login.browser.browse(Oidc.authorizePath(stale));
        assertThat(tooOld.statusCode()).isEqualTo(200);
        assertThat(tooOld.body()).contains("Send to my device");

        Map<String, String> consent = new java.util.HashMap<>(request);
        consent.put("prompt", "consent");
        HttpResponse<String> asked = login.browser.browse(Oidc.authorizePath(consent));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Allow");
    }

    @Test
    void anExpiredCodeIsInvalidGrant(WildFlyServer server, MailCatcher mail) throws InterruptedException {
        Oidc oidc = new Oidc(server);
        Login login = login(oidc, server, mail, true);

        Thread.sleep((org.vigil.it.support.VigilSystem.CODE_LIFETIME_SECONDS + 1) * 1000L);

        assertOAuthError(login.redeem(oidc, login.verifier), 400, "invalid_grant");
    }

    @Test
    void aReplayedCodeRevokesWhatTheFirstRedemptionGot(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        Login login = login(oidc, server, mail, true);
        String refresh = Json.parse(login.redeem(oidc, login.verifier).body()).get("refresh_token").asText();

        assertOAuthError(login.redeem(oidc, login.verifier), 400, "invalid_grant");

        assertOAuthError(oidc.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refresh), login.basic()), 400, "invalid_grant");
    }

    @Test
    void aWrongClientSecretIsInvalidClient(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        Login login = login(oidc, server, mail, true);

        HttpResponse<String> refused = oidc.tokenRequest(Map.of("grant_type", "authorization_code", "code", login.code,
                "redirect_uri", REDIRECT, "code_verifier", login.verifier), Oidc.basic(login.clientId, "wrong-secret"));

        assertOAuthError(refused, 401, "invalid_client");
        assertThat(login.redeem(oidc, login.verifier).statusCode()).as("a refused client does not use the code up").isEqualTo(200);
    }

    @Test
    void anUnregisteredRedirectUriGetsAPageNeverARedirect(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        String clientId = registerWebClient(oidc, true).get("clientId").asText();

        HttpResponse<String> page = oidc.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", "https://attacker.example/cb", "scope", "openid", "state", "s")));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Location")).isEmpty();
        assertThat(page.body()).contains("redirect_uri is not registered");
    }

    @Test
    void aPublicClientMustUsePkce(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        String clientId = oidc.register(Map.of("clientId", "spa-" + n(), "name", "Single page app", "tokenEndpointAuthMethod", "none",
                "redirectUris", List.of(REDIRECT), "grantTypes", List.of("authorization_code"), "firstParty", true)).get("clientId").asText();

        HttpResponse<String> redirect = oidc.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", REDIRECT, "scope", "openid", "state", "xyz")));

        assertThat(redirect.statusCode()).isEqualTo(303);
        Map<String, String> query = Oidc.queryOf(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(query).containsEntry("error", "invalid_request").containsEntry("state", "xyz");
    }

    @Test
    void aPublicClientRedeemsItsCodeWithPkceAndNoSecret(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        String clientId = oidc.register(Map.of("clientId", "native-" + n(), "name", "Native app", "tokenEndpointAuthMethod", "none",
                "redirectUris", List.of(REDIRECT), "grantTypes", List.of("authorization_code", "refresh_token"), "firstParty", true))
                .get("clientId").asText();
        String verifier = Oidc.verifier();
        HttpResponse<String> page = oidc.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", REDIRECT, "scope", "openid", "code_challenge", Oidc.challenge(verifier), "code_challenge_method", "S256")));
        String code = Oidc.queryOf(oidc.loginWithDevice(page, person.email(), device).headers().firstValue("Location").orElseThrow()).get("code");

        HttpResponse<String> tokens = oidc.tokenRequest(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "client_id", clientId, "code_verifier", verifier), null);

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        assertThat(Json.parse(tokens.body()).has("refresh_token")).isTrue();
        assertOAuthError(oidc.tokenRequest(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "client_id", clientId, "code_verifier", verifier), null), 400, "invalid_grant");
    }

    @Test
    void aLoginPageThatOutlivedItsRequestAnswersInOAuthTerms(WildFlyServer server) {
        Oidc oidc = new Oidc(server);

        HttpResponse<String> device = oidc.browserSend(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/oidc/login/device"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("pending", "gone", "login", "anna@example.org")))));
        HttpResponse<String> qr = oidc.browse("/oidc/login/qr.png?pending=gone");
        HttpResponse<String> status = oidc.loginStatus("gone");

        assertOAuthError(device, 400, "invalid_request");
        assertOAuthError(qr, 400, "invalid_request");
        assertThat(Json.parse(status.body()).get("status").asText()).isEqualTo("expired");
    }

    @Test
    void promptNoneWithoutALoginIsLoginRequired(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        String clientId = registerWebClient(oidc, true).get("clientId").asText();
        String verifier = Oidc.verifier();

        HttpResponse<String> redirect = oidc.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", REDIRECT, "scope", "openid", "state", "s1", "prompt", "none",
                "code_challenge", Oidc.challenge(verifier), "code_challenge_method", "S256")));

        assertThat(Oidc.queryOf(redirect.headers().firstValue("Location").orElseThrow())).containsEntry("error", "login_required");
    }

    @Test
    void aLevelThePersonDoesNotHoldIsAnErrorNotADowngrade(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        Login login = login(oidc, server, mail, true);

        HttpResponse<String> redirect = login.browser.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", login.clientId,
                "redirect_uri", REDIRECT, "scope", "openid", "state", "s2", "acr_values", "http://eidas.europa.eu/LoA/substantial",
                "code_challenge", Oidc.challenge(Oidc.verifier()), "code_challenge_method", "S256")));

        assertThat(Oidc.queryOf(redirect.headers().firstValue("Location").orElseThrow()))
                .containsEntry("error", "unmet_authentication_requirements").containsEntry("state", "s2");
    }

    @Test
    void clientCredentialsWithPrivateKeyJwtAndItsReplayAndForgeries(WildFlyServer server) throws Exception {
        Oidc oidc = new Oidc(server);
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        String clientId = "gateway-" + n();
        oidc.register(Map.of("clientId", clientId, "name", "Gateway", "tokenEndpointAuthMethod", "private_key_jwt",
                "jwks", new JWKSet(key.toPublicJWK()).toString(), "grantTypes", List.of("client_credentials"), "roles", List.of("gateway")));
        String assertion = assertion(clientId, oidc.issuer() + "/oidc/token", key);
        Map<String, String> form = Map.of("grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "client_assertion", assertion);

        HttpResponse<String> issued = oidc.tokenRequest(form, null);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        SignedJWT accessToken = SignedJWT.parse(Json.parse(issued.body()).get("access_token").asText());
        assertThat(accessToken.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
        assertThat(accessToken.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("gateway");
        assertThat(accessToken.getJWTClaimsSet().getSubject()).isEqualTo(clientId);

        assertOAuthError(oidc.tokenRequest(form, null), 401, "invalid_client");

        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(clientId, oidc.issuer() + "/oidc/token"));
        hmac.sign(new MACSigner(key.toPublicJWK().toJSONString().repeat(2).getBytes()));
        assertOAuthError(oidc.tokenRequest(Map.of("grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "client_assertion", hmac.serialize()), null),
                401, "invalid_client");
    }

    @Test
    void afterAKeyRotationNewTokensUseTheNewKeyAndOldTokensStillVerify(WildFlyServer server) throws Exception {
        Oidc oidc = new Oidc(server);
        String before = oidc.adminToken();
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

        HttpResponse<String> rotated = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/signing-keys/ES256/rotation"))
                .header("Authorization", "Bearer " + before).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(201);
        String newKid = Json.parse(rotated.body()).get("kid").asText();
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(SignedJWT.parse(oidc.adminToken()).getHeader().getKeyID()).isEqualTo(newKid);
        JWKSet keys = JWKSet.parse(Http.get(URI.create(oidc.issuer() + "/oidc/jwks")).body());
        assertThat(keys.getKeyByKeyId(oldKid)).as("the retired key stays published").isNotNull();
        assertThat(keys.getKeyByKeyId(newKid)).isNotNull();
        assertThat(Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/clients"))
                .header("Authorization", "Bearer " + before)).statusCode()).as("a token of the old key still works").isEqualTo(200);
    }

    @Test
    void theAdminApiNeedsTheAdminRole(WildFlyServer server) throws Exception {
        Oidc oidc = new Oidc(server);
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k").generate();
        String clientId = "station-" + n();
        oidc.register(Map.of("clientId", clientId, "name", "Station", "tokenEndpointAuthMethod", "private_key_jwt",
                "jwks", new JWKSet(key.toPublicJWK()).toString(), "grantTypes", List.of("client_credentials"), "roles", List.of("station")));
        String stationToken = Json.parse(oidc.tokenRequest(Map.of("grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion(clientId, oidc.issuer() + "/oidc/token", key)), null).body()).get("access_token").asText();

        HttpResponse<String> refused = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/clients"))
                .header("Authorization", "Bearer " + stationToken));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Json.parse(refused.body()).get("type").asText()).isEqualTo("urn:vigil:problem:forbidden");
    }

    @Test
    void forgedAccessTokensAreRefused(WildFlyServer server) throws Exception {
        Oidc oidc = new Oidc(server);
        SignedJWT real = SignedJWT.parse(oidc.adminToken());
        JWTClaimsSet claims = real.getJWTClaimsSet();
        String none = new PlainJWT(claims).serialize();
        JWKSet keys = JWKSet.parse(Http.get(URI.create(oidc.issuer() + "/oidc/jwks")).body());
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"))
                .keyID(real.getHeader().getKeyID()).build(), claims);
        hmac.sign(new MACSigner(keys.getKeyByKeyId(real.getHeader().getKeyID()).toJSONString().getBytes()));
        String[] parts = real.serialize().split("\\.");
        String tampered = parts[0] + "." + com.nimbusds.jose.util.Base64URL.encode(new JWTClaimsSet.Builder(claims)
                .claim("roles", List.of("admin", "doctor")).build().toString()) + "." + parts[2];

        for (String forged : List.of(none, hmac.serialize(), tampered)) {
            HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/clients"))
                    .header("Authorization", "Bearer " + forged));
            assertThat(response.statusCode()).as(forged).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
        }
        assertThat(Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/clients"))
                .header("Authorization", "Bearer " + real.serialize())).statusCode()).isEqualTo(200);
    }

    @Test
    void introspectionAndRevocation(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        Login login = login(oidc, server, mail, true);
        JsonNode tokens = Json.parse(login.redeem(oidc, login.verifier).body());
        String access = tokens.get("access_token").asText();
        String refresh = tokens.get("refresh_token").asText();

        JsonNode active = Json.parse(oidc.post("/oidc/introspect", Map.of("token", access), login.basic()).body());
        assertThat(active.get("active").asBoolean()).isTrue();
        assertThat(active.get("client_id").asText()).isEqualTo(login.clientId);
        // used once, so the server has checked (and remembers) its signature
        assertThat(Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/oidc/userinfo"))
                .header("Authorization", "Bearer " + access)).statusCode()).isEqualTo(200);

        assertThat(oidc.post("/oidc/revoke", Map.of("token", refresh), login.basic()).statusCode()).isEqualTo(200);
        assertThat(oidc.post("/oidc/revoke", Map.of("token", access), login.basic()).statusCode()).isEqualTo(200);
        assertThat(Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/oidc/userinfo"))
                .header("Authorization", "Bearer " + access)).statusCode()).as("a revoked token, signature checked before").isEqualTo(401);

        assertThat(Json.parse(oidc.post("/oidc/introspect", Map.of("token", refresh), login.basic()).body()).get("active").asBoolean()).isFalse();
        assertThat(Json.parse(oidc.post("/oidc/introspect", Map.of("token", access), login.basic()).body()).get("active").asBoolean()).isFalse();
        assertOAuthError(oidc.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refresh), login.basic()), 400, "invalid_grant");
    }

    @Test
    void logoutEndsTheSessionAndReturnsOnlyToARegisteredAddress(WildFlyServer server, MailCatcher mail) {
        Oidc oidc = new Oidc(server);
        Login login = login(oidc, server, mail, true);
        JsonNode tokens = Json.parse(login.redeem(oidc, login.verifier).body());

        HttpResponse<String> back = login.browser.browse("/oidc/logout?" + Oidc.form(Map.of("id_token_hint", tokens.get("id_token").asText(),
                "post_logout_redirect_uri", "http://localhost:9/bye", "state", "st")));

        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).hasValue("http://localhost:9/bye?state=st");
        assertOAuthError(oidc.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", tokens.get("refresh_token").asText()),
                login.basic()), 400, "invalid_grant");
        HttpResponse<String> again = login.browser.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", login.clientId,
                "redirect_uri", REDIRECT, "scope", "openid", "code_challenge", Oidc.challenge(Oidc.verifier()), "code_challenge_method", "S256")));
        assertThat(again.statusCode()).as("logged out: the login page again").isEqualTo(200);
        assertThat(again.body()).contains("Send to my device");
    }

    // ---------------------------------------------------------------- the walk

    /** A person at level 1 with an enrolled device, logged in to a freshly registered client; holds the code. */
    static Login login(Oidc oidc, WildFlyServer server, MailCatcher mail, boolean firstParty) {
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        JsonNode client = registerWebClient(oidc, firstParty);
        String clientId = client.get("clientId").asText();
        String verifier = Oidc.verifier();
        String nonce = UUID.randomUUID().toString();
        String state = UUID.randomUUID().toString();
        Oidc browser = new Oidc(server);

        HttpResponse<String> loginPage = browser.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", REDIRECT, "scope", "openid profile email offline_access", "state", state, "nonce", nonce,
                "code_challenge", Oidc.challenge(verifier), "code_challenge_method", "S256")));
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        HttpResponse<String> afterLogin = browser.loginWithDevice(loginPage, person.email(), device);
        if (!firstParty) {
            assertThat(afterLogin.statusCode()).as("consent page").isEqualTo(200);
            assertThat(afterLogin.body()).contains("Allow");
            afterLogin = browser.browserSend(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/oidc/authorize/consent"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(Oidc.form(Map.of(
                            "pending", between(afterLogin.body(), "name=\"pending\" value=\"", "\""),
                            "form_token", between(afterLogin.body(), "name=\"form_token\" value=\"", "\""),
                            "decision", "allow")))));
        }
        assertThat(afterLogin.statusCode()).as(afterLogin.body()).isEqualTo(303);
        Map<String, String> callback = Oidc.queryOf(afterLogin.headers().firstValue("Location").orElseThrow());
        assertThat(callback).containsEntry("state", state).containsKey("code");
        return new Login(person, clientId, client.get("clientSecret").asText(), callback.get("code"), verifier, nonce, browser);
    }

    static JsonNode registerWebClient(Oidc oidc, boolean firstParty) {
        return oidc.register(Map.of("clientId", "web-" + n(), "name", "Demo web app", "tokenEndpointAuthMethod", "client_secret_basic",
                "redirectUris", List.of(REDIRECT), "postLogoutRedirectUris", List.of("http://localhost:9/bye"),
                "grantTypes", List.of("authorization_code", "refresh_token"),
                "scopes", List.of("openid", "profile", "email", "offline_access"), "firstParty", firstParty));
    }

    record Login(SignUps.Person person, String clientId, String secret, String code, String verifier, String nonce, Oidc browser) {

        String basic() {
            return Oidc.basic(clientId, secret);
        }

        HttpResponse<String> redeem(Oidc oidc, String codeVerifier) {
            return oidc.tokenRequest(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                    "code_verifier", codeVerifier), basic());
        }
    }

    private static String assertion(String clientId, String audience, ECKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims(clientId, audience));
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static JWTClaimsSet claims(String clientId, String audience) {
        Date now = new Date();
        return new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience).issueTime(now)
                .expirationTime(new Date(now.getTime() + 60_000)).jwtID(UUID.randomUUID().toString()).build();
    }

    static void assertOAuthError(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Json.parse(response.body()).get("error").asText()).isEqualTo(error);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static long n() {
        return ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999);
    }
}
