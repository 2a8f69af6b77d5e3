package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.CareWorld;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * The privileged APIs (identity's administration, push administration, the audit trail) against every
 * kind of caller that might hold the admin role or pretend to: only a token with the admin role
 * <em>and</em> the {@code vigil:admin} scope, issued to one of Vigil's own applications, gets through.
 * The care set-up endpoints have the same columns in {@link CareAuthorizationMatrixIT}.
 */
@ExtendWith(VigilServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminAuthorizationMatrixIT {

    /**
     * {@code ADMIN_CLIENT} is the bootstrap client {@code vigil-admin}; {@code ADMIN_VIA_CONSOLE} a person with the admin role
     * signed in to a first-party application that asked for {@code vigil:admin}; {@code ADMIN_WITHOUT_SCOPE} the same person
     * through a first-party application that did not; {@code ADMIN_VIA_OUTSIDE_APP} through a third-party application.
     */
    enum Caller { ANONYMOUS, BAD_TOKEN, ADMIN_CLIENT, ADMIN_VIA_CONSOLE, ADMIN_WITHOUT_SCOPE, ADMIN_VIA_OUTSIDE_APP, PERSON, DEVICE }

    static final Set<Caller> ADMINS = EnumSet.of(Caller.ADMIN_CLIENT, Caller.ADMIN_VIA_CONSOLE);

    /** One privileged endpoint; {@code success} is what an allowed caller gets (404 for a dead letter nobody has). */
    record Endpoint(String name, String method, String path, Supplier<String> body, int success) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("list clients", "GET", "/api/v1/admin/clients", () -> null, 200),
            new Endpoint("register a client", "POST", "/api/v1/admin/clients", () -> Json.write(Map.of("clientId", "m-" + UUID.randomUUID(),
                    "name", "Matrix", "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of("client_credentials"))), 201),
            new Endpoint("rotate a signing key", "POST", "/api/v1/admin/signing-keys/RS256/rotation", () -> null, 201),
            new Endpoint("issue a device enrollment code", "POST", "/api/v1/admin/device-enrollments",
                    () -> Json.write(Map.of("role", "station")), 201),
            new Endpoint("list push dead letters", "GET", "/api/v1/admin/push/dead-letters", () -> null, 200),
            new Endpoint("retry a push dead letter", "POST", "/api/v1/admin/push/dead-letters/ID:none/retry", () -> null, 404),
            new Endpoint("drop a push dead letter", "DELETE", "/api/v1/admin/push/dead-letters/ID:none", () -> null, 404),
            new Endpoint("register a client held to PAR and DPoP", "POST", "/api/v1/admin/clients", () -> Json.write(Map.of("clientId",
                    "m-fapi-" + UUID.randomUUID(), "name", "Matrix FAPI", "tokenEndpointAuthMethod", "client_secret_basic",
                    "grantTypes", List.of("authorization_code"), "redirectUris", List.of("https://matrix.example/cb"),
                    "requirePushedAuthorizationRequests", true, "dpopBoundAccessTokens", true)), 201),
            new Endpoint("issue an initial access token", "POST", "/api/v1/admin/initial-access-tokens",
                    () -> Json.write(Map.of("description", "matrix")), 201),
            new Endpoint("list initial access tokens", "GET", "/api/v1/admin/initial-access-tokens", () -> null, 200),
            new Endpoint("revoke an initial access token", "DELETE", "/api/v1/admin/initial-access-tokens/none", () -> null, 404),
            new Endpoint("delete a client", "DELETE", "/api/v1/admin/clients/none?reason=matrix", () -> null, 404),
            new Endpoint("read the audit trail", "GET", "/fhir/AuditEvent?patient=" + UUID.randomUUID(), () -> null, 200));

    private CareWorld world;
    private String grantee;
    private String matrixClient;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    @BeforeAll
    void everyKindOfCaller(WildFlyServer server, MailCatcher mail) {
        world = new CareWorld(server, mail);
        grantee = world.person().accountId();
        matrixClient = "matrix-changes-" + UUID.randomUUID();
        HttpResponse<String> registered = world.admin("POST", "/api/v1/admin/clients", Json.write(Map.of("clientId", matrixClient,
                "name", "Matrix", "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of("client_credentials"))));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        tokens.put(Caller.BAD_TOKEN, "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl");
        tokens.put(Caller.ADMIN_CLIENT, world.oidc().adminToken());
        tokens.put(Caller.ADMIN_VIA_CONSOLE, world.personViaConsole("admin").token());
        tokens.put(Caller.ADMIN_WITHOUT_SCOPE, world.person("admin").token());
        tokens.put(Caller.ADMIN_VIA_OUTSIDE_APP, world.personViaOutsideApp("admin").token());
        tokens.put(Caller.PERSON, world.personViaConsole().token());
        tokens.put(Caller.DEVICE, DeviceClient.register(world.oidc(), "station").token(world.oidc()));
    }

    @TestFactory
    Stream<DynamicTest> onlyAnAdminTokenWithTheScopeFromVigilsOwnApplicationsGetsThrough() {
        String client = "/api/v1/admin/clients/" + matrixClient;
        String account = "/api/v1/admin/accounts/" + grantee;
        List<Endpoint> rows = Stream.concat(ENDPOINTS.stream(), Stream.of(
                new Endpoint("grant a role", "PUT", account + "/roles/nurse", () -> null, 200),
                new Endpoint("edit a client", "PUT", client, () -> Json.write(Map.of("name", "Matrix edited")), 200),
                new Endpoint("rotate a client's secret", "POST", client + "/secret", () -> null, 200),
                new Endpoint("disable a client", "POST", client + "/disable", () -> Json.write(Map.of("reason", "matrix")), 200),
                new Endpoint("enable a client", "POST", client + "/enable", () -> null, 200),
                new Endpoint("lock an account", "POST", account + "/lock", () -> Json.write(Map.of("reason", "matrix")), 200),
                new Endpoint("unlock an account", "POST", account + "/unlock", () -> null, 200))).toList();
        return rows.stream().flatMap(endpoint -> EnumSet.allOf(Caller.class).stream().map(caller ->
                DynamicTest.dynamicTest(endpoint.name() + " as " + caller, () -> check(endpoint, caller))));
    }

    /**
     * The pushed authorization request endpoint (RFC 9126) takes a client's own authentication, like the token endpoint:
     * no access token gets a request pushed, however privileged, and nothing is pushed for it.
     */
    @TestFactory
    Stream<DynamicTest> thePushedAuthorizationRequestEndpointTakesNoAccessToken() {
        Map<String, String> request = Map.of("client_id", "vigil-admin", "response_type", "code", "scope", "openid",
                "redirect_uri", "https://matrix.example/cb");
        return EnumSet.allOf(Caller.class).stream().map(caller -> DynamicTest.dynamicTest("push an authorization request as " + caller, () -> {
            String token = tokens.get(caller);
            HttpResponse<String> response = world.oidc().post("/oidc/par", request, token == null ? null : "Bearer " + token);
            assertThat(response.statusCode()).as(response.body()).isIn(400, 401);
            assertThat(Json.parse(response.body()).get("error").asText()).isIn("invalid_client", "invalid_request");
            assertThat(response.body()).doesNotContain("request_uri\":");
        }));
    }

    /**
     * Dynamic client registration (RFC 7591) takes only an initial access token an admin issued: no access token
     * registers an application, however privileged.
     */
    @TestFactory
    Stream<DynamicTest> theRegistrationEndpointTakesNoAccessToken() {
        String metadata = Json.write(Map.of("client_name", "Matrix", "grant_types", List.of("client_credentials")));
        return EnumSet.allOf(Caller.class).stream().map(caller -> DynamicTest.dynamicTest("register an application as " + caller, () -> {
            String token = tokens.get(caller);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(world.oidc().issuer() + "/oidc/register"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(metadata));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = Http.send(request);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
            assertThat(Json.parse(response.body()).get("error").asText()).isEqualTo("invalid_token");
            assertThat(response.body()).doesNotContain("client_id");
        }));
    }

    private void check(Endpoint endpoint, Caller caller) {
        HttpResponse<String> response = world.call(endpoint.method(), endpoint.path(), endpoint.body().get(), tokens.get(caller));
        if (ADMINS.contains(caller)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(endpoint.success());
            return;
        }
        int expected = caller == Caller.ANONYMOUS || caller == Caller.BAD_TOKEN ? 401 : 403;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        JsonNode body = Json.parse(response.body());
        if (endpoint.path().startsWith("/fhir/")) {
            assertThat(body.get("resourceType").asText()).isEqualTo("OperationOutcome");
            assertThat(body.get("issue").get(0).get("code").asText()).isEqualTo(expected == 401 ? "login" : "forbidden");
        } else {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(body.get("status").asInt()).isEqualTo(expected);
        }
        if (expected == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        } else if (caller == Caller.ADMIN_WITHOUT_SCOPE && !endpoint.path().startsWith("/fhir/")) {
            // RFC 6750 §3.1: the token is fine, its scope is not enough
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).contains("insufficient_scope").contains("vigil:admin"));
        }
    }
}
