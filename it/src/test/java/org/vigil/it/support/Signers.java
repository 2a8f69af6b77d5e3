package org.vigil.it.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * People who sign: signed up at level 1, with the real authenticator CLI enrolled, and logged in
 * to a first-party web client (authorization code, the CLI approving) for a bearer token.
 */
public final class Signers {

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
        return create(server, mail, home, new String[0]);
    }

    /** The same, with roles an admin granted before the login (so the token carries them). */
    public static Signer create(WildFlyServer server, MailCatcher mail, Path home, String... roles) {
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person);
        for (String role : roles) {
            HttpResponse<String> granted = Http.send(java.net.http.HttpRequest.newBuilder(api(server, "admin/accounts/" + account.id()
                    + "/roles/" + role)).header("Authorization", "Bearer " + new Oidc(server).adminToken())
                    .PUT(java.net.http.HttpRequest.BodyPublishers.noBody()));
            if (granted.statusCode() != 200) {
                throw new AssertionError("role not granted: " + granted.body());
            }
        }
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

    /** A first-party web application's access token, the person approving the login as {@code login} does. */
    private static String accessToken(WildFlyServer server, BiFunction<Oidc, HttpResponse<String>, HttpResponse<String>> login) {
        return WebApp.register(server, "Prescriptions", true).accessToken(login);
    }

    public static URI api(WildFlyServer server, String path) {
        return server.baseUrl().resolve("api/v1/" + path);
    }
}
