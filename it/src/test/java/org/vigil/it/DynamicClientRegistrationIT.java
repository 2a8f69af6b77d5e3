package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * OAuth 2.0 Dynamic Client Registration (RFC 7591) and its management protocol (RFC 7592). An admin
 * issues an initial access token; npm openid-client, an independent client, registers an application
 * with it through discovery's {@code registration_endpoint} and gets a token with the secret it was
 * handed. With its registration access token the application reads, updates and deletes itself; a
 * deleted client's secret stops working. A spent, revoked or missing initial access token, and
 * metadata Vigil does not register this way, are refused with OAuth's error codes and change nothing.
 */
@ExtendWith(VigilServerExtension.class)
class DynamicClientRegistrationIT {

    @Test
    void anApplicationRegistersItselfThroughOpenidClientThenReadsUpdatesAndDeletesItself(WildFlyServer server) throws Exception {
        Oidc oidc = new Oidc(server);
        assertThat(Json.parse(oidc.browse("/.well-known/openid-configuration").body()).get("registration_endpoint").asText())
                .isEqualTo(oidc.issuer() + "/oidc/register");
        JsonNode issued = issue(oidc, "Clinic portal vendor", 1);
        String initialToken = issued.get("initialAccessToken").asText();
        String metadata = Json.write(Map.of("client_name", "Clinic portal", "grant_types", List.of("client_credentials"),
                "token_endpoint_auth_method", "client_secret_post"));

        JsonNode run = openidClient(oidc, initialToken, metadata);
        assertThat(run.has("registered")).as(run.toString()).isTrue();
        JsonNode registered = run.get("registered");
        String clientId = registered.get("client_id").asText();
        assertThat(clientId).startsWith("app-");
        assertThat(registered.get("client_secret").asText()).isNotBlank();
        assertThat(registered.get("client_secret_expires_at").asLong()).isZero();
        assertThat(registered.get("registration_client_uri").asText()).isEqualTo(oidc.issuer() + "/oidc/register/" + clientId);
        assertThat(run.get("tokenType").asText()).isEqualToIgnoringCase("bearer");
        assertThat(SignedJWT.parse(run.get("accessToken").asText()).getJWTClaimsSet().getStringClaim("client_id")).isEqualTo(clientId);
        JsonNode asAdminsSeeIt = adminClient(oidc, clientId);
        assertThat(asAdminsSeeIt.get("firstParty").asBoolean()).as("a registered application is an outside one").isFalse();
        assertThat(asAdminsSeeIt.get("roles")).isEmpty();

        JsonNode spent = openidClient(oidc, initialToken, metadata);
        assertThat(spent.get("status").asInt()).as("the token's one use is spent: " + spent).isEqualTo(401);
        assertThat(tokenDetails(oidc, issued.get("details").get("id").asText()).get("usesLeft").asInt()).isZero();

        String registrationToken = registered.get("registration_access_token").asText();
        URI self = URI.create(registered.get("registration_client_uri").asText());
        HttpResponse<String> read = manage(self, "GET", registrationToken, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Json.parse(read.body()).get("client_name").asText()).isEqualTo("Clinic portal");
        assertThat(Json.parse(read.body()).has("client_secret")).as("kept only as a hash").isFalse();
        assertThat(read.headers().firstValue("Cache-Control")).hasValue("no-store");
        HttpResponse<String> wrongToken = manage(self, "GET", "not-the-token", null);
        assertThat(wrongToken.statusCode()).isEqualTo(401);
        assertThat(wrongToken.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer error=\"invalid_token\""));

        ObjectNode renamed = (ObjectNode) Json.parse(read.body());
        renamed.put("client_name", "Clinic portal 2");
        HttpResponse<String> updated = manage(self, "PUT", registrationToken, renamed.toString());
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(Json.parse(updated.body()).get("client_name").asText()).isEqualTo("Clinic portal 2");
        ObjectNode otherMethod = renamed.deepCopy();
        otherMethod.put("token_endpoint_auth_method", "private_key_jwt");
        HttpResponse<String> refused = manage(self, "PUT", registrationToken, otherMethod.toString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Json.parse(refused.body()).get("error").asText()).isEqualTo("invalid_client_metadata");
        assertThat(Json.parse(refused.body()).get("error_description").asText()).startsWith("token_endpoint_auth_method");
        ObjectNode otherId = renamed.deepCopy();
        otherId.put("client_id", "vigil-admin");
        assertThat(manage(self, "PUT", registrationToken, otherId.toString()).statusCode()).isEqualTo(400);
        assertThat(adminClient(oidc, clientId).get("tokenEndpointAuthMethod").asText()).as("nothing changed").isEqualTo("client_secret_post");
        assertThat(manage(URI.create(oidc.issuer() + "/oidc/register/vigil-admin"), "GET", registrationToken, null).statusCode())
                .as("another client's registration").isEqualTo(401);

        assertThat(manage(self, "DELETE", registrationToken, null).statusCode()).isEqualTo(204);
        HttpResponse<String> afterDelete = oidc.tokenRequest(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", registered.get("client_secret").asText()), null);
        assertThat(afterDelete.statusCode()).as(afterDelete.body()).isEqualTo(401);
        assertThat(Json.parse(afterDelete.body()).get("error").asText()).isEqualTo("invalid_client");
        assertThat(manage(self, "GET", registrationToken, null).statusCode()).isEqualTo(401);
        assertThat(adminGet(oidc, "/api/v1/admin/clients").body()).doesNotContain(clientId);
    }

    @Test
    void refusedRegistrationsSayWhyInOAuthsTermsAndSpendNothing(WildFlyServer server) throws Exception {
        Oidc oidc = new Oidc(server);
        JsonNode issued = issue(oidc, "Refusals", 5);
        String initialToken = issued.get("initialAccessToken").asText();
        int clientsBefore = Json.parse(adminGet(oidc, "/api/v1/admin/clients").body()).size();

        JsonNode badRedirect = openidClient(oidc, initialToken, Json.write(Map.of("redirect_uris", List.of("http://evil.example/cb"))));
        assertThat(badRedirect.get("error").asText()).as(badRedirect.toString()).isEqualTo("invalid_redirect_uri");
        assertRefused(register(oidc, initialToken, Json.write(Map.of("grant_types", List.of("client_credentials"), "scope", "vigil:admin"))),
                400, "invalid_client_metadata");
        assertRefused(register(oidc, initialToken, Json.write(Map.of("response_types", List.of("token")))), 400, "invalid_client_metadata");
        assertRefused(register(oidc, initialToken, "{\"client_name\": "), 400, "invalid_client_metadata");
        assertRefused(register(oidc, initialToken, Json.write(Map.of("grant_types", List.of("urn:openid:params:grant-type:ciba"),
                "backchannel_token_delivery_mode", "push", "backchannel_client_notification_endpoint", "https://rp.example/cb"))),
                400, "invalid_client_metadata");
        HttpResponse<String> badFrontChannel = register(oidc, initialToken, Json.write(Map.of("redirect_uris", List.of("http://localhost:9/cb"),
                "frontchannel_logout_uri", "http://rp.example.org/logout", "frontchannel_logout_session_required", true)));
        assertRefused(badFrontChannel, 400, "invalid_client_metadata");
        assertThat(Json.parse(badFrontChannel.body()).get("error_description").asText()).startsWith("frontchannel_logout_uri");
        assertThat(tokenDetails(oidc, issued.get("details").get("id").asText()).get("usesLeft").asInt()).as("no use spent").isEqualTo(5);

        // Front-Channel Logout 1.0 metadata is registered and answered back as sent
        HttpResponse<String> frontChannel = register(oidc, initialToken, Json.write(Map.of("redirect_uris", List.of("http://localhost:9/cb"),
                "frontchannel_logout_uri", "http://127.0.0.1:9/frontchannel-logout", "frontchannel_logout_session_required", true)));
        assertThat(frontChannel.statusCode()).as(frontChannel.body()).isEqualTo(201);
        assertThat(Json.parse(frontChannel.body()).get("frontchannel_logout_uri").asText()).isEqualTo("http://127.0.0.1:9/frontchannel-logout");
        assertThat(Json.parse(frontChannel.body()).get("frontchannel_logout_session_required").asBoolean()).isTrue();
        clientsBefore++;

        HttpResponse<String> anonymous = register(oidc, null, Json.write(Map.of("grant_types", List.of("client_credentials"))));
        assertRefused(anonymous, 401, "invalid_token");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        HttpResponse<String> revoked = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/initial-access-tokens/"
                + issued.get("details").get("id").asText())).header("Authorization", "Bearer " + oidc.adminToken()).DELETE());
        assertThat(Json.parse(revoked.body()).get("revokedAt").isNull()).as(revoked.body()).isFalse();
        assertRefused(register(oidc, initialToken, Json.write(Map.of("grant_types", List.of("client_credentials")))), 401, "invalid_token");
        assertThat(Json.parse(adminGet(oidc, "/api/v1/admin/clients").body()).size()).as("nothing registered").isEqualTo(clientsBefore);
    }

    @Test
    void adminsIssueTokensWithinLimitsAndDeleteClientsForGood(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        assertThat(adminPost(oidc, "/api/v1/admin/initial-access-tokens", Map.of("description", " ")).statusCode()).isEqualTo(400);
        HttpResponse<String> tooMany = adminPost(oidc, "/api/v1/admin/initial-access-tokens", Map.of("description", "x", "uses", 1000));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(adminPost(oidc, "/api/v1/admin/initial-access-tokens", Map.of("description", "x", "expiresInSeconds", 5)).statusCode())
                .isEqualTo(400);
        HttpResponse<String> list = adminGet(oidc, "/api/v1/admin/initial-access-tokens");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).as("never the token itself").doesNotContain("initialAccessToken");

        String clientId = "doomed-" + System.nanoTime();
        JsonNode made = oidc.register(Map.of("clientId", clientId, "name", "Doomed", "tokenEndpointAuthMethod", "client_secret_basic",
                "grantTypes", List.of("client_credentials")));
        String secret = made.get("clientSecret").asText();
        assertThat(adminSend(oidc, "DELETE", "/api/v1/admin/clients/" + clientId, null).statusCode()).as("a reason is required").isEqualTo(400);
        assertThat(adminSend(oidc, "DELETE", "/api/v1/admin/clients/" + clientId + "?reason=retired", null).statusCode()).isEqualTo(204);
        assertThat(oidc.tokenRequest(Map.of("grant_type", "client_credentials"), Oidc.basic(clientId, secret)).statusCode()).isEqualTo(401);
        assertThat(adminSend(oidc, "POST", "/api/v1/admin/clients/" + clientId + "/enable", null).statusCode()).as("for good").isEqualTo(404);
        assertThat(adminPost(oidc, "/api/v1/admin/clients", Map.of("clientId", clientId, "name", "Again", "tokenEndpointAuthMethod",
                "client_secret_basic", "grantTypes", List.of("client_credentials"))).statusCode()).as("its id is never reused").isEqualTo(409);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Json.parse(response.body()).get("error").asText()).isEqualTo(error);
        assertThat(response.body()).doesNotContain("client_id");
    }

    private static JsonNode issue(Oidc oidc, String description, int uses) {
        HttpResponse<String> issued = adminPost(oidc, "/api/v1/admin/initial-access-tokens", Map.of("description", description, "uses", uses));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return Json.parse(issued.body());
    }

    private static JsonNode tokenDetails(Oidc oidc, String id) {
        for (JsonNode token : Json.parse(adminGet(oidc, "/api/v1/admin/initial-access-tokens").body())) {
            if (token.get("id").asText().equals(id)) {
                return token;
            }
        }
        throw new AssertionError("no initial access token " + id);
    }

    private static JsonNode adminClient(Oidc oidc, String clientId) {
        for (JsonNode client : Json.parse(adminGet(oidc, "/api/v1/admin/clients").body())) {
            if (client.get("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static HttpResponse<String> register(Oidc oidc, String initialToken, String metadata) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(oidc.issuer() + "/oidc/register"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(metadata));
        if (initialToken != null) {
            request.header("Authorization", "Bearer " + initialToken);
        }
        return Http.send(request);
    }

    private static HttpResponse<String> manage(URI self, String method, String registrationToken, String body) {
        return Http.send(HttpRequest.newBuilder(self).header("Authorization", "Bearer " + registrationToken).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> adminGet(Oidc oidc, String path) {
        return adminSend(oidc, "GET", path, null);
    }

    private static HttpResponse<String> adminPost(Oidc oidc, String path, Map<String, Object> body) {
        return adminSend(oidc, "POST", path, Json.write(body));
    }

    private static HttpResponse<String> adminSend(Oidc oidc, String method, String path, String body) {
        return Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + path)).header("Authorization", "Bearer " + oidc.adminToken())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** One openid-client registration (dcr.mjs): its RESULT, or its ERROR's fields. */
    private static JsonNode openidClient(Oidc oidc, String initialToken, String metadata) throws Exception {
        Path script = Path.of(System.getProperty("vigil.relying-party")).resolveSibling("dcr.mjs");
        ProcessBuilder node = new ProcessBuilder("node", script.toString()).redirectErrorStream(true);
        node.environment().putAll(Map.of("ISSUER", oidc.issuer(), "INITIAL_ACCESS_TOKEN", initialToken, "METADATA", metadata));
        Process rp = node.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(rp.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    return Json.parse(line.substring("RESULT ".length()));
                }
                if (line.startsWith("ERROR ")) {
                    return Json.parse(line.substring("ERROR ".length()));
                }
            }
            throw new AssertionError("openid-client ended without a result:\n" + seen);
        } finally {
            rp.waitFor(10, TimeUnit.SECONDS);
            rp.destroyForcibly();
        }
    }
}
