package org.vigil.it.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A person with a staff role (supervisor, doctor, nurse...) and an access token, made the way a
 * hospital would: the person signs up and enrolls a device, an admin grants the role, the person
 * logs in to a first-party application with the device and the application redeems the code.
 */
public record CareStaff(String accountId, String accessToken, TestDevice device) {

    private static final String REDIRECT = "http://localhost:9/callback";

    public static CareStaff login(WildFlyServer server, MailCatcher mail, String role) {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person);
        HttpResponse<String> granted = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/accounts/" + account.id()
                + "/roles/" + role)).header("Authorization", "Bearer " + oidc.adminToken()).PUT(HttpRequest.BodyPublishers.noBody()));
        if (granted.statusCode() != 200) {
            throw new AssertionError("role not granted: " + granted.statusCode() + " " + granted.body());
        }
        TestDevice device = new TestDevice(server);
        HttpResponse<String> enrolled = device.enroll(account.enrollmentCode(), "phone");
        if (enrolled.statusCode() != 201) {
            throw new AssertionError("device not enrolled: " + enrolled.body());
        }
        JsonNode client = oidc.register(Map.of("clientId", "staff-app-" + UUID.randomUUID(), "name", "Staff app",
                "tokenEndpointAuthMethod", "client_secret_basic", "redirectUris", List.of(REDIRECT),
                "grantTypes", List.of("authorization_code"), "scopes", List.of("openid"), "firstParty", true));
        String clientId = client.get("clientId").asText();
        String verifier = Oidc.verifier();
        Oidc browser = new Oidc(server);
        HttpResponse<String> loginPage = browser.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", REDIRECT, "scope", "openid", "state", "s", "code_challenge", Oidc.challenge(verifier),
                "code_challenge_method", "S256")));
        HttpResponse<String> afterLogin = browser.loginWithDevice(loginPage, person.email(), device);
        if (afterLogin.statusCode() != 303) {
            throw new AssertionError("login did not redirect: " + afterLogin.statusCode() + " " + afterLogin.body());
        }
        String code = Oidc.queryOf(afterLogin.headers().firstValue("Location").orElseThrow()).get("code");
        HttpResponse<String> tokens = oidc.tokenRequest(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "code_verifier", verifier), Oidc.basic(clientId, client.get("clientSecret").asText()));
        if (tokens.statusCode() != 200) {
            throw new AssertionError("no tokens: " + tokens.body());
        }
        return new CareStaff(account.id(), Json.parse(tokens.body()).get("access_token").asText(), device);
    }
}
