package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/** The Java authenticator CLI from client-sdk, with its key in a PKCS#12 file, against the deployed server. */
@ExtendWith(VigilServerExtension.class)
class AuthenticatorCliIT {

    private static final String REDIRECT = "http://localhost:9/callback";

    @TempDir
    Path home;

    @Test
    void theCliEnrollsAndApprovesALoginShowingTheMatchingCode(WildFlyServer server, MailCatcher mail) throws Exception {
        SignUps.Person person = SignUps.Person.random();
        AuthenticatorCli cli = new AuthenticatorCli(home);
        String issuer = new Oidc(server).issuer();

        AuthenticatorCli.Run enrolled = cli.run("enroll", "--server", issuer, "--code", SignUps.level1(server, mail, person), "--name", "cli");
        assertThat(enrolled.exitCode()).as(enrolled.output()).isZero();
        assertThat(cli.run("list").output()).contains("cli");

        Oidc browser = new Oidc(server);
        String pending = startLogin(server, browser);
        String code = sendToDevice(browser, pending, person.email());
        CompletableFuture<AuthenticatorCli.Run> approval = CompletableFuture.supplyAsync(
                () -> cli.run("approve-next", "--binding-message-contains", "code " + code, "--timeout", "30s"));

        assertThat(approval.get().exitCode()).as(approval.get().output()).isZero();
        assertThat(approval.get().output()).contains("code " + code);
        String status = Json.parse(browser.loginStatus(pending).body()).get("status").asText();
        assertThat(status).isEqualTo("approved");
        HttpResponse<String> back = browser.browse("/oidc/authorize/resume?pending=" + pending);
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith(REDIRECT + "?code="));
    }

    @Test
    void theCliScansTheLoginPagesQrCodeAndApproves(WildFlyServer server, MailCatcher mail) throws Exception {
        SignUps.Person person = SignUps.Person.random();
        AuthenticatorCli cli = new AuthenticatorCli(home);
        cli.run("enroll", "--server", new Oidc(server).issuer(), "--code", SignUps.level1(server, mail, person), "--name", "cli");
        Oidc browser = new Oidc(server);
        String pending = startLogin(server, browser);
        String scanned = org.vigil.it.support.QrReader.read(browser.browseBytes("/oidc/login/qr.png?pending=" + pending).body());

        AuthenticatorCli.Run run = cli.run("scan-login", scanned, "--approve");

        assertThat(run.exitCode()).as(run.output()).isZero();
        String matchingCode = Json.parse(browser.loginStatus(pending).body()).get("matchingCode").asText();
        assertThat(run.output()).contains("code " + matchingCode);
        assertThat(Json.parse(browser.loginStatus(pending).body()).get("status").asText()).isEqualTo("approved");
        assertThat(cli.run("scan-login", scanned).exitCode()).as("a QR code is claimed once").isEqualTo(1);
    }

    @Test
    void aDenialOnTheDeviceEndsTheLogin(WildFlyServer server, MailCatcher mail) {
        SignUps.Person person = SignUps.Person.random();
        AuthenticatorCli cli = new AuthenticatorCli(home);
        cli.run("enroll", "--server", new Oidc(server).issuer(), "--code", SignUps.level1(server, mail, person), "--name", "cli");
        Oidc browser = new Oidc(server);
        String pending = startLogin(server, browser);
        String code = sendToDevice(browser, pending, person.email());

        AuthenticatorCli.Run denied = cli.run("deny-next", "--binding-message-contains", "code " + code, "--timeout", "30s");

        assertThat(denied.exitCode()).as(denied.output()).isZero();
        assertThat(Json.parse(browser.loginStatus(pending).body()).get("status").asText()).isEqualTo("denied");
    }

    @Test
    void aUsedEnrollmentCodeIsARefusalInOneReadableLine(WildFlyServer server, MailCatcher mail) {
        String code = SignUps.level1(server, mail, SignUps.Person.random());
        String issuer = new Oidc(server).issuer();
        assertThat(new AuthenticatorCli(home.resolve("first")).run("enroll", "--server", issuer, "--code", code, "--name", "a").exitCode()).isZero();

        AuthenticatorCli.Run refused = new AuthenticatorCli(home.resolve("second")).run("enroll", "--server", issuer, "--code", code, "--name", "b");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output().strip().lines()).hasSize(1);
        assertThat(refused.output()).containsIgnoringCase("enrollment code");
    }

    private static String startLogin(WildFlyServer server, Oidc browser) {
        Oidc admin = new Oidc(server);
        String clientId = admin.register(Map.of("clientId", "cli-rp-" + System.nanoTime(), "name", "CLI test app",
                "tokenEndpointAuthMethod", "client_secret_basic", "redirectUris", List.of(REDIRECT),
                "grantTypes", List.of("authorization_code"), "firstParty", true)).get("clientId").asText();
        HttpResponse<String> page = browser.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", REDIRECT, "scope", "openid", "state", "st")));
        String marker = "data-pending=\"";
        int from = page.body().indexOf(marker) + marker.length();
        return page.body().substring(from, page.body().indexOf('"', from));
    }

    private static String sendToDevice(Oidc browser, String pending, String login) {
        HttpResponse<String> started = browser.browserSend(HttpRequest.newBuilder(URI.create(browser.issuer() + "/oidc/login/device"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("pending", pending, "login", login)))));
        return Json.parse(started.body()).get("matchingCode").asText();
    }
}
