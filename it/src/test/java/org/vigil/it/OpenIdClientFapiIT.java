package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.dpop.DefaultDPoPProofFactory;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.ScriptLines;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.TestDevice;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * FAPI 2.0's pushed authorization requests (RFC 9126) and DPoP (RFC 9449) against an independent relying party, npm's
 * {@code openid-client}: a client registered to require both pushes its request, gets DPoP-bound tokens through the
 * hosted login and reads userinfo, the REST API and FHIR with its proofs; the refusals are checked on the same tokens.
 */
// once: a protocol peer; the OIDC paths it drives run on PostgreSQL in OidcIT
@Tag("once")
@ExtendWith(VigilServerExtension.class)
class OpenIdClientFapiIT {

    @org.junit.jupiter.api.io.TempDir
    Path home;

    private static final String REDIRECT = "http://localhost:9/fapi-client/callback";

    @Test
    void openIdClientPushesItsRequestAndUsesDpopBoundTokens(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        JsonNode client = registerFapiClient(oidc, "fapi-client-");
        String clientId = client.get("clientId").asText();
        assertThat(client.get("requirePushedAuthorizationRequests").asBoolean()).isTrue();
        assertThat(client.get("dpopBoundAccessTokens").asBoolean()).isTrue();
        SignUps.Person person = SignUps.Person.random();
        AuthenticatorCli cli = new AuthenticatorCli(home);
        AuthenticatorCli.Run enrolled = cli.run("enroll", "--server", oidc.issuer(), "--code", SignUps.level1(server, mail, person),
                "--name", "cli");
        assertThat(enrolled.exitCode()).as(enrolled.output()).isZero();

        Path script = Path.of(System.getProperty("vigil.relying-party")).resolveSibling("fapi.mjs");
        ProcessBuilder node = new ProcessBuilder("node", script.toString()).redirectErrorStream(true);
        node.environment().putAll(Map.of("ISSUER", oidc.issuer(), "CLIENT_ID", clientId,
                "CLIENT_SECRET", client.get("clientSecret").asText(), "REDIRECT_URI", REDIRECT));
        Process rp = node.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(rp.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new OutputStreamWriter(rp.getOutputStream(), StandardCharsets.UTF_8)) {
            String authorize = ScriptLines.expect(out, "AUTHORIZE ");

            HttpResponse<String> unpushed = oidc.browse(Oidc.authorizePath(Map.of("client_id", clientId, "response_type", "code",
                    "scope", "openid", "redirect_uri", REDIRECT, "code_challenge", Oidc.challenge(Oidc.verifier()),
                    "code_challenge_method", "S256")));
            assertThat(unpushed.statusCode()).as("a client held to PAR sends no plain request").isEqualTo(400);
            assertThat(unpushed.body()).contains("must push its authorization requests");

            HttpResponse<String> loginPage = oidc.browse(authorize);
            assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
            HttpResponse<String> again = oidc.browse(authorize);
            assertThat(again.statusCode()).as("a request_uri is redeemed once").isEqualTo(400);
            assertThat(again.body()).contains("used already");

            HttpResponse<String> callback = oidc.loginWithCli(loginPage, person.email(), cli);
            assertThat(callback.statusCode()).as(callback.body()).isEqualTo(303);
            in.write(callback.headers().firstValue("Location").orElseThrow() + "\n");
            in.flush();

            JsonNode result = Json.parse(ScriptLines.expect(out, "RESULT "));
            assertThat(result.at("/discovery/par").asText()).isEqualTo(oidc.issuer() + "/oidc/par");
            assertThat(result.at("/discovery/dpopAlgs").toString()).contains("ES256");
            assertThat(result.get("pushed").asBoolean()).isTrue();
            assertThat(result.get("tokenType").asText()).isEqualToIgnoringCase("DPoP");
            assertThat(result.get("refreshedTokenType").asText()).isEqualToIgnoringCase("DPoP");
            assertThat(result.get("email").asText()).isEqualTo(person.email());
            assertThat(result.get("documentsStatus").asInt()).isEqualTo(200);
            assertThat(result.get("fhirStatus").asInt()).as("past authentication: FHIR answers about the record").isNotEqualTo(401);

            assertRefused(result.get("noProof"), "invalid_dpop_proof");
            assertRefused(result.get("asBearer"), "invalid_token");
            assertThat(result.get("userinfoAsBearer").asInt()).isEqualTo(401);
            assertRefused(result.get("otherUrl"), "invalid_dpop_proof");
            assertRefused(result.get("otherMethod"), "invalid_dpop_proof");
            assertThat(result.at("/firstUse/status").asInt()).as("our own proof is good once").isEqualTo(200);
            assertRefused(result.get("replayed"), "invalid_dpop_proof");
        } finally {
            rp.waitFor(10, TimeUnit.SECONDS);
            rp.destroyForcibly();
        }
        assertThat(rp.exitValue()).isZero();
    }

    @Test
    void aClientHeldToDpopGetsNoTokenWithoutAProof(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        JsonNode client = registerFapiClient(oidc, "fapi-noproof-");
        HttpResponse<String> token = oidc.tokenRequest(Map.of("grant_type", "authorization_code", "code", "whatever",
                "redirect_uri", REDIRECT, "code_verifier", Oidc.verifier()), Oidc.basic(client.get("clientId").asText(),
                client.get("clientSecret").asText()));

        assertThat(token.statusCode()).isEqualTo(400);
        assertThat(Json.parse(token.body()).get("error").asText()).isEqualTo("invalid_dpop_proof");
        assertThat(token.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void thePushedRequestEndpointAuthenticatesTheClientAndChecksTheRequest(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        JsonNode client = registerFapiClient(oidc, "fapi-par-");
        String clientId = client.get("clientId").asText();
        Map<String, String> request = Map.of("response_type", "code", "scope", "openid", "redirect_uri", REDIRECT,
                "code_challenge", Oidc.challenge(Oidc.verifier()), "code_challenge_method", "S256");

        HttpResponse<String> wrongSecret = oidc.post("/oidc/par", request, Oidc.basic(clientId, "not-the-secret"));
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(Json.parse(wrongSecret.body()).get("error").asText()).isEqualTo("invalid_client");

        Map<String, String> unregistered = new java.util.HashMap<>(request);
        unregistered.put("redirect_uri", "https://evil.example/cb");
        HttpResponse<String> evil = oidc.post("/oidc/par", unregistered, Oidc.basic(clientId, client.get("clientSecret").asText()));
        assertThat(evil.statusCode()).isEqualTo(400);
        assertThat(Json.parse(evil.body()).get("error").asText()).isEqualTo("invalid_request");

        Map<String, String> withoutPkce = new java.util.HashMap<>(request);
        withoutPkce.remove("code_challenge");
        withoutPkce.remove("code_challenge_method");
        HttpResponse<String> noPkce = oidc.post("/oidc/par", withoutPkce, Oidc.basic(clientId, client.get("clientSecret").asText()));
        assertThat(noPkce.statusCode()).as("FAPI 2.0 requires PKCE").isEqualTo(400);
        assertThat(Json.parse(noPkce.body()).get("error").asText()).isEqualTo("invalid_request");
        assertThat(Json.parse(noPkce.body()).get("error_description").asText()).contains("PKCE");

        HttpResponse<String> pushed = oidc.post("/oidc/par", request, Oidc.basic(clientId, client.get("clientSecret").asText()));
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        JsonNode answer = Json.parse(pushed.body());
        assertThat(answer.get("request_uri").asText()).startsWith("urn:ietf:params:oauth:request_uri:");
        assertThat(answer.get("expires_in").asInt()).isBetween(1, 599);

        HttpResponse<String> otherClient = oidc.browse(Oidc.authorizePath(Map.of("client_id", "someone-else",
                "request_uri", answer.get("request_uri").asText())));
        assertThat(otherClient.statusCode()).as("named for another client").isEqualTo(400);
        HttpResponse<String> afterwards = oidc.browse(Oidc.authorizePath(Map.of("client_id", clientId,
                "request_uri", answer.get("request_uri").asText())));
        assertThat(afterwards.statusCode()).as("spent by the wrong client's attempt").isEqualTo(400);
    }

    /**
     * RFC 9449 §10: a request pushed with a DPoP proof, or naming {@code dpop_jkt}, binds its code to that key; a thief's
     * proof of another key redeems nothing, and a push whose proof and dpop_jkt disagree is refused.
     */
    @Test
    void aCodePushedWithADpopKeyIsRedeemedOnlyWithThatKey(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        JsonNode client = registerFapiClient(oidc, "fapi-jkt-");
        String clientId = client.get("clientId").asText();
        String basic = Oidc.basic(clientId, client.get("clientSecret").asText());
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        ECKey thief = new ECKeyGenerator(Curve.P_256).generate();
        URI par = URI.create(oidc.issuer() + "/oidc/par");
        URI token = URI.create(oidc.issuer() + "/oidc/token");

        HttpResponse<String> disagreeing = push(par, basic, Oidc.verifier(), thief.computeThumbprint().toString(), proof(key, par));
        assertThat(disagreeing.statusCode()).as(disagreeing.body()).isEqualTo(400);
        assertThat(Json.parse(disagreeing.body()).get("error").asText()).isEqualTo("invalid_dpop_proof");

        String verifier = Oidc.verifier();
        HttpResponse<String> pushed = push(par, basic, verifier, null, proof(key, par));
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        HttpResponse<String> loginPage = oidc.browse(Oidc.authorizePath(Map.of("client_id", clientId,
                "request_uri", Json.parse(pushed.body()).get("request_uri").asText())));
        String code = codeOf(oidc.loginWithDevice(loginPage, person.email(), device));
        HttpResponse<String> stolen = redeem(token, basic, code, verifier, proof(thief, token));
        assertThat(stolen.statusCode()).as(stolen.body()).isEqualTo(400);
        assertThat(Json.parse(stolen.body()).get("error").asText()).isEqualTo("invalid_grant");

        // dpop_jkt alone binds as well; the same browser is logged in, so the code comes at once
        String again = Oidc.verifier();
        HttpResponse<String> named = push(par, basic, again, key.computeThumbprint().toString(), null);
        assertThat(named.statusCode()).as(named.body()).isEqualTo(201);
        String boundCode = codeOf(oidc.browse(Oidc.authorizePath(Map.of("client_id", clientId,
                "request_uri", Json.parse(named.body()).get("request_uri").asText()))));
        HttpResponse<String> redeemed = redeem(token, basic, boundCode, again, proof(key, token));
        assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(200);
        JsonNode tokens = Json.parse(redeemed.body());
        assertThat(tokens.get("token_type").asText()).isEqualTo("DPoP");
        assertThat(SignedJWT.parse(tokens.get("access_token").asText()).getJWTClaimsSet().getJSONObjectClaim("cnf").get("jkt"))
                .isEqualTo(key.computeThumbprint().toString());
    }

    private static String proof(ECKey key, URI url) throws Exception {
        return new DefaultDPoPProofFactory(key, JWSAlgorithm.ES256).createDPoPJWT("POST", url).serialize();
    }

    private static HttpResponse<String> push(URI par, String basic, String verifier, String dpopJkt, String proof) {
        Map<String, String> form = new java.util.HashMap<>(Map.of("response_type", "code", "scope", "openid", "redirect_uri", REDIRECT,
                "code_challenge", Oidc.challenge(verifier), "code_challenge_method", "S256"));
        if (dpopJkt != null) {
            form.put("dpop_jkt", dpopJkt);
        }
        return formPost(par, basic, form, proof);
    }

    private static HttpResponse<String> redeem(URI token, String basic, String code, String verifier, String proof) {
        return formPost(token, basic, Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "code_verifier", verifier), proof);
    }

    private static HttpResponse<String> formPost(URI url, String basic, Map<String, String> form, String proof) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).header("Authorization", basic)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(Oidc.form(form)));
        if (proof != null) {
            request.header("DPoP", proof);
        }
        return Http.send(request);
    }

    private static String codeOf(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(303);
        return Oidc.queryOf(redirect.headers().firstValue("Location").orElseThrow()).get("code");
    }

    private static JsonNode registerFapiClient(Oidc oidc, String prefix) {
        return oidc.register(Map.of("clientId", prefix + System.nanoTime(), "name", "FAPI client",
                "tokenEndpointAuthMethod", "client_secret_basic", "redirectUris", List.of(REDIRECT),
                "grantTypes", List.of("authorization_code", "refresh_token"),
                "scopes", List.of("openid", "profile", "email", "offline_access"), "firstParty", true,
                "requirePushedAuthorizationRequests", true, "dpopBoundAccessTokens", true));
    }

    private static void assertRefused(JsonNode call, String error) {
        assertThat(call.get("status").asInt()).as(call.toString()).isEqualTo(401);
        assertThat(call.get("challenge").asText()).as(call.toString()).startsWith("DPoP ").contains("error=\"" + error + "\"");
    }
}
