package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.it.oidcapp.WhoAmIServlet;
import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * WildFly's own OIDC client (elytron-oidc-client) protects a small application with Vigil as its
 * provider; Debian's Chromium, driven by Playwright, logs in on the hosted page while the
 * authenticator CLI approves on the "device".
 */
@Tag("once")
@ExtendWith(VigilServerExtension.class)
class ElytronOidcClientIT {

    @TempDir
    Path home;

    @Test
    void aBrowserLogsInToAnElytronProtectedAppThroughVigil(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        String appUrl = oidc.issuer() + "/oidc-app/whoami";
        JsonNode client = oidc.register(Map.of("clientId", "elytron-app", "name", "Elytron test app",
                "tokenEndpointAuthMethod", "client_secret_basic", "redirectUris", List.of(appUrl),
                "grantTypes", List.of("authorization_code"), "scopes", List.of("openid", "profile", "email"), "firstParty", true));
        server.deploy("oidc-app.war", war(oidc.issuer(), client.get("clientSecret").asText()));
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person);
        AuthenticatorCli cli = new AuthenticatorCli(home);
        assertThat(cli.run("enroll", "--server", oidc.issuer(), "--code", account.enrollmentCode(), "--name", "cli").exitCode()).isZero();

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                     .setExecutablePath(Path.of("/usr/bin/chromium"))
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            Page page = browser.newPage();
            page.navigate(appUrl);
            page.waitForSelector("#login-name");
            assertThat(page.title()).isEqualTo("Log in to Elytron test app with Vigil");
            assertThat(page.isVisible("#qr-code")).isTrue();
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("login-page.png")));

            page.fill("#login-name", person.email());
            page.click("#send");
            page.waitForSelector("#matching-code:not(:empty)");
            String matchingCode = page.textContent("#matching-code").strip();
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("waiting-for-device.png")));
            CompletableFuture<AuthenticatorCli.Run> approval = CompletableFuture.supplyAsync(
                    () -> cli.run("approve-next", "--binding-message-contains", "code " + matchingCode, "--timeout", "30s"));
            assertThat(approval.get().exitCode()).as(approval.get().output()).isZero();

            page.waitForSelector("#who");
            assertThat(page.url()).startsWith(appUrl);
            assertThat(page.textContent("#who")).isEqualTo(account.id());
        }
    }

    private static Path screenshot(String name) {
        return Path.of(System.getProperty("vigil.it.work", "target")).resolve("screenshots").resolve(name);
    }

    /** oidc-app.war: the servlet, a web.xml that demands a login through OIDC, and elytron's oidc.json. */
    private static byte[] war(String issuer, String secret) throws IOException {
        String webXml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                    <servlet><servlet-name>whoami</servlet-name><servlet-class>%s</servlet-class></servlet>
                    <servlet-mapping><servlet-name>whoami</servlet-name><url-pattern>/whoami</url-pattern></servlet-mapping>
                    <security-constraint>
                        <web-resource-collection><web-resource-name>all</web-resource-name><url-pattern>/*</url-pattern></web-resource-collection>
                        <auth-constraint><role-name>**</role-name></auth-constraint>
                    </security-constraint>
                    <login-config><auth-method>OIDC</auth-method></login-config>
                </web-app>
                """.formatted(WhoAmIServlet.class.getName());
        String oidcJson = Json.write(Map.of("provider-url", issuer, "client-id", "elytron-app", "credentials", Map.of("secret", secret),
                "ssl-required", "none", "public-client", false, "token-signature-algorithm", "ES256", "principal-attribute", "sub"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, "WEB-INF/web.xml", webXml.strip().getBytes(StandardCharsets.UTF_8));
            add(zip, "WEB-INF/oidc.json", oidcJson.getBytes(StandardCharsets.UTF_8));
            String classFile = WhoAmIServlet.class.getName().replace('.', '/') + ".class";
            try (InputStream in = WhoAmIServlet.class.getClassLoader().getResourceAsStream(classFile)) {
                add(zip, "WEB-INF/classes/" + classFile, in.readAllBytes());
            }
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
