package org.vigil.it.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * People who sign: signed up at level 1, with the real authenticator CLI enrolled, and logged in
 * to a first-party web client (authorization code, the CLI approving) for a bearer token.
 */
public final class Signers {

    private static final String REDIRECT = "http://localhost:9/cb";

    private Signers() {
    }

    /** A person, their CLI authenticator, their account id and an access token. */
    public record Signer(SignUps.Person person, String accountId, AuthenticatorCli cli, String token) {

        public String bearer() {
            return "Bearer " + token;
        }
    }

    /** A signer whose authenticator is the test's protocol-level device (no JVM start per approval: benchmarks). */
    public record DeviceSigner(SignUps.Person person, String accountId, TestDevice device, String token) {

        public String bearer() {
            return "Bearer " + token;
        }
    }

    public static Signer create(WildFlyServer server, MailCatcher mail, Path home) {
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person);
        AuthenticatorCli cli = new AuthenticatorCli(home);
        AuthenticatorCli.Run enrolled = cli.run("enroll", "--server", new Oidc(server).issuer(), "--code", account.enrollmentCode(),
                "--name", "signing phone");
        if (enrolled.exitCode() != 0) {
            throw new AssertionError("not enrolled: " + enrolled.output());
        }
        String token = accessToken(server, (browser, loginPage) -> browser.loginWithCli(loginPage, person.email(), cli));
        return new Signer(person, account.id(), cli, token);
    }

    public static DeviceSigner createWithDevice(WildFlyServer server, MailCatcher mail) {
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person);
        TestDevice device = new TestDevice(server);
        HttpResponse<String> enrolled = device.enroll(account.enrollmentCode(), "signing phone");
        if (enrolled.statusCode() != 201) {
            throw new AssertionError("not enrolled: " + enrolled.body());
        }
        String token = accessToken(server, (browser, loginPage) -> browser.loginWithDevice(loginPage, person.email(), device));
        return new DeviceSigner(person, account.id(), device, token);
    }

    /** A first-party web client's access token, the person approving the login as {@code login} does. */
    private static String accessToken(WildFlyServer server, BiFunction<Oidc, HttpResponse<String>, HttpResponse<String>> login) {
        Oidc oidc = new Oidc(server);
        JsonNode client = oidc.register(Map.of("clientId", "docs-" + UUID.randomUUID(), "name", "Prescriptions",
                "tokenEndpointAuthMethod", "client_secret_basic", "redirectUris", List.of(REDIRECT),
                "grantTypes", List.of("authorization_code"), "scopes", List.of("openid"), "firstParty", true));
        String verifier = Oidc.verifier();
        Oidc browser = new Oidc(server);
        HttpResponse<String> loginPage = browser.browse(Oidc.authorizePath(Map.of("response_type", "code",
                "client_id", client.get("clientId").asText(), "redirect_uri", REDIRECT, "scope", "openid", "state", "s",
                "code_challenge", Oidc.challenge(verifier), "code_challenge_method", "S256")));
        HttpResponse<String> back = login.apply(browser, loginPage);
        if (back.statusCode() != 303) {
            throw new AssertionError("no code: " + back.statusCode() + " " + back.body());
        }
        String code = Oidc.queryOf(back.headers().firstValue("Location").orElseThrow()).get("code");
        HttpResponse<String> tokens = oidc.tokenRequest(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT, "code_verifier", verifier),
                Oidc.basic(client.get("clientId").asText(), client.get("clientSecret").asText()));
        if (tokens.statusCode() != 200) {
            throw new AssertionError("no token: " + tokens.body());
        }
        return Json.parse(tokens.body()).get("access_token").asText();
    }

    public static URI api(WildFlyServer server, String path) {
        return server.baseUrl().resolve("api/v1/" + path);
    }
}
