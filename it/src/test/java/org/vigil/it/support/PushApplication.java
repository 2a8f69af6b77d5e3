package org.vigil.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An external application on the push send API (docs/push-protocol.md): registered with the code
 * flow (to be consented to) and client credentials (to send), holding its own access token.
 */
public final class PushApplication {

    public static final String REDIRECT = "http://localhost:9/callback";

    private final WildFlyServer server;
    private final String clientId;
    private final String secret;
    private final String token;

    private PushApplication(WildFlyServer server, String clientId, String secret, String token) {
        this.server = server;
        this.clientId = clientId;
        this.secret = secret;
        this.token = token;
    }

    /** A freshly registered third-party application (people are asked to consent to it). */
    public static PushApplication register(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        JsonNode app = oidc.register(Map.of("clientId", "push-app-" + System.nanoTime(), "name", "Results app",
                "tokenEndpointAuthMethod", "client_secret_basic", "redirectUris", List.of(REDIRECT),
                "grantTypes", List.of("authorization_code", "client_credentials"), "scopes", List.of("openid"), "firstParty", false));
        String clientId = app.get("clientId").asText();
        String secret = app.get("clientSecret").asText();
        HttpResponse<String> tokens = oidc.tokenRequest(Map.of("grant_type", "client_credentials"), Oidc.basic(clientId, secret));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return new PushApplication(server, clientId, secret, Json.parse(tokens.body()).get("access_token").asText());
    }

    /** A new level-1 person with one device, who logs in to this application and allows it. */
    public Consented consentedPerson(MailCatcher mail) {
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person);
        TestDevice device = new TestDevice(server);
        assertThat(device.enroll(account.enrollmentCode(), "phone").statusCode()).isEqualTo(201);

        Oidc browser = new Oidc(server);
        String verifier = Oidc.verifier();
        HttpResponse<String> loginPage = browser.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", REDIRECT, "scope", "openid", "state", "st",
                "code_challenge", Oidc.challenge(verifier), "code_challenge_method", "S256")));
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        HttpResponse<String> back = browser.allowConsent(browser.loginWithDevice(loginPage, person.email(), device));
        assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
        String code = Oidc.queryOf(back.headers().firstValue("Location").orElseThrow()).get("code");
        HttpResponse<String> personTokens = browser.tokenRequest(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT, "code_verifier", verifier), Oidc.basic(clientId, secret));
        assertThat(personTokens.statusCode()).as(personTokens.body()).isEqualTo(200);
        return new Consented(account.id(), device, Json.parse(personTokens.body()).get("access_token").asText());
    }

    public String clientId() {
        return clientId;
    }

    public String token() {
        return token;
    }

    /** {@code POST /api/v1/push/messages} with this application's token. */
    public HttpResponse<String> send(String jsonBody) {
        return send(server, token, jsonBody);
    }

    /** Sends a message with a title to the person; returns its message id. */
    public String sendTo(String sub, String title) {
        HttpResponse<String> accepted = send("{\"recipient\":\"" + sub + "\",\"title\":\"" + title + "\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return Json.parse(accepted.body()).get("messageId").asText();
    }

    /** {@code GET /api/v1/push/messages/{id}} with this application's token. */
    public HttpResponse<String> receipt(String messageId) {
        return receipt(server, token, messageId);
    }

    public static HttpResponse<String> send(WildFlyServer server, String token, String jsonBody) {
        return Http.send(HttpRequest.newBuilder(server.baseUrl().resolve("api/v1/push/messages"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    public static HttpResponse<String> receipt(WildFlyServer server, String token, String messageId) {
        return Http.send(HttpRequest.newBuilder(server.baseUrl().resolve("api/v1/push/messages/" + messageId))
                .header("Authorization", "Bearer " + token).GET());
    }

    /** A person who consented to the application: the subject it knows them by, their device, their own token for it. */
    public record Consented(String sub, TestDevice device, String personToken) {
    }
}
