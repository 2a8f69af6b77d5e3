package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.it.OidcIT.assertOAuthError;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.Http;
import org.vigil.it.support.CibaStation;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.PhoneApp;
import org.vigil.it.support.ServerLog;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * The phone app at {@code /app} in Debian's Chromium emulating a phone: served with a strict CSP,
 * installable (manifest, service worker) and usable offline as a shell; a person signs up in it
 * with the codes that really arrived, it becomes their authenticator (a non-extractable WebCrypto
 * key), and it answers a real client's CIBA requests and a browser login over the push WebSocket;
 * its camera (Chromium's fake one, filming a still of the login page's QR code) logs a computer in.
 * The tests after the sign-up use the phone it enrolled, in order.
 */
@Tag("once")
@ExtendWith(VigilServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhoneAppIT {

    private static final String CIBA = "urn:openid:params:grant-type:ciba";
    private static final Duration ARRIVES = Duration.ofSeconds(30);

    private static PhoneApp app;
    private static BrowserContext phone;
    private static Page page;
    private static SignUps.Person person;
    private static final List<String> policyViolations = new ArrayList<>();

    @BeforeAll
    static void browser(WildFlyServer server) {
        app = new PhoneApp(server);
    }

    @AfterAll
    static void closeBrowser() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theShellIsServedWithAStrictPolicyAndNothingCached(WildFlyServer server) {
        for (String path : List.of("app/", "app/js/app.js", "app/sw.js", "app/manifest.webmanifest", "app/no-such-file")) {
            HttpResponse<String> response = Http.get(server.baseUrl().resolve(path));
            String host = server.baseUrl().getAuthority();
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'none'", "script-src 'self';", "connect-src 'self' ws://" + host + " wss://" + host + ";",
                            "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
        assertThat(Http.get(server.baseUrl().resolve("app/")).body()).contains("<link rel=\"manifest\"").doesNotContain("<script>");
        assertThat(Http.get(server.baseUrl().resolve("app/no-such-file")).statusCode()).isEqualTo(404);
        assertThat(Http.get(server.baseUrl().resolve("app/js/app.js")).headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
    }

    @Test
    @Order(2)
    void itIsInstallableItsManifestNamesStandalonePngIcons(WildFlyServer server) throws Exception {
        HttpResponse<String> response = Http.get(server.baseUrl().resolve("app/manifest.webmanifest"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/manifest+json"));
        JsonNode manifest = Json.parse(response.body());
        assertThat(manifest.get("name").asText()).isEqualTo("Vigil");
        assertThat(manifest.get("display").asText()).isEqualTo("standalone");
        assertThat(manifest.get("start_url").asText()).isEqualTo("/app/");
        assertThat(manifest.get("scope").asText()).isEqualTo("/app/");
        List<Integer> sizes = new ArrayList<>();
        for (JsonNode icon : manifest.get("icons")) {
            assertThat(icon.get("type").asText()).isEqualTo("image/png");
            HttpResponse<byte[]> png = Http.sendBytes(java.net.http.HttpRequest.newBuilder(server.baseUrl().resolve("app/").resolve(icon.get("src").asText())));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(icon.get("sizes").asText());
            sizes.add(image.getWidth());
        }
        assertThat(sizes).contains(192, 512);
    }

    @Test
    @Order(3)
    void theServiceWorkerKeepsTheShellWhenThePhoneIsOffline() {
        BrowserContext offlinePhone = app.phone();
        try {
            Page shell = app.open(offlinePhone);
            shell.waitForSelector("#go-signup");
            assertThat(shell.evaluate("async () => (await navigator.serviceWorker.ready).scope")).isEqualTo(app.url());
            shell.waitForFunction("() => navigator.serviceWorker.controller !== null");
            List<?> cached = (List<?>) shell.evaluate("async () => (await (await caches.open('vigil-shell-v1')).keys()).map(r => new URL(r.url).pathname)");
            assertThat(cached.stream().map(String::valueOf).toList())
                    .contains("/app/", "/app/index.html", "/app/app.css", "/app/js/app.js", "/app/js/strings.js", "/app/icons/icon-192.png");

            offlinePhone.setOffline(true);
            shell.reload();

            shell.waitForSelector("#go-signup");
            assertThat(shell.textContent("#screen-welcome h2")).isEqualTo("Your key to Vigil, on your phone");
            assertThat(shell.evaluate("() => fetch('/api/v1/info').then(() => 'online', () => 'offline')"))
                    .as("the page really is offline").isEqualTo("offline");
            PhoneApp.screenshot(shell, "app-offline-welcome.png");
        } finally {
            offlinePhone.close();
        }
    }

    @Test
    @Order(10)
    void aPersonSignsUpWithTheirCodesAndThePhoneBecomesTheirAuthenticator(WildFlyServer server, MailCatcher mail) {
        phone = app.phone();
        page = app.open(phone);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
        person = SignUps.Person.random();
        page.waitForSelector("#go-signup");
        PhoneApp.screenshot(page, "app-welcome.png");
        page.click("#go-signup");
        page.fill("#first-name", "Anna");
        page.fill("#last-name", "Muster");
        page.fill("#email", person.email());
        page.fill("#phone", person.phone());
        page.fill("#signup-device-name", "Anna's phone");
        PhoneApp.screenshot(page, "app-signup.png");
        page.click("#send-codes");
        page.waitForSelector("#email-code");

        String emailCode = mail.awaitCode(person.email(), SignUps.WAIT);
        page.fill("#email-code", String.format("%06d", (Integer.parseInt(emailCode) + 1) % 1_000_000));
        page.fill("#phone-code", ServerLog.awaitSmsCode(server, person.phone(), SignUps.WAIT));
        page.click("#confirm-codes");
        page.waitForSelector("#notice[data-tone='error']:not(:empty)");
        assertThat(page.isVisible("#screen-codes")).as("a wrong code leaves the person on the codes, told so").isTrue();
        PhoneApp.screenshot(page, "app-codes-wrong.png");

        page.fill("#email-code", emailCode);
        PhoneApp.screenshot(page, "app-codes.png");
        page.click("#confirm-codes");

        page.waitForSelector("#screen-home:not([hidden])");
        page.waitForSelector("#connection[data-state='connected']");
        assertThat(page.textContent("#enrolled-as")).contains("Anna's phone");
        Map<?, ?> key = deviceRecord();
        assertThat(key.get("type")).isEqualTo("private");
        assertThat(key.get("extractable")).as("the private key cannot be read out").isEqualTo(false);
        assertThat(key.get("curve")).isEqualTo("P-256");
        assertThat(key.get("exported")).as("exporting it fails").isEqualTo("InvalidAccessError");
        assertThat((String) key.get("authenticatorId")).isNotBlank();
        // no user-verifying authenticator in this browser: no "Create a passkey" that could only wait, a plain word instead
        page.waitForSelector("#passkey-unavailable:not([hidden])");
        assertThat(page.textContent("#passkey-unavailable")).startsWith("This browser cannot keep a passkey");
        assertThat(page.isVisible("#set-up-passkey")).isFalse();
        PhoneApp.screenshot(page, "app-home.png");
    }

    @Test
    @Order(11)
    void aCibaRequestShowsItsBindingMessageAndOneTapApprovesIt(WildFlyServer server) throws Exception {
        assertThat(page).as("the phone enrolled by the first test").isNotNull();
        Oidc oidc = new Oidc(server);
        CibaStation station = CibaStation.register(oidc);
        String binding = "CibaStation 3 login " + ThreadLocalRandom.current().nextInt(1000, 9999);
        String authReqId = station.start(oidc, person.email(), binding);

        page.waitForSelector(".card[data-kind='ciba'] .binding:text-is('" + binding + "')", new Page.WaitForSelectorOptions().setTimeout(ARRIVES.toMillis()));
        PhoneApp.screenshot(page, "app-ciba-request.png");
        page.click(".card:has-text('" + binding + "') .approve");

        page.waitForSelector("#notice[data-tone='success']:text-is('Approved: " + binding + "')");
        assertThat(page.locator(".card:has-text('" + binding + "')").count()).isZero();
        PhoneApp.screenshot(page, "app-approved.png");
        HttpResponse<String> tokens = station.awaitAnswer(oidc, authReqId);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        SignedJWT idToken = SignedJWT.parse(Json.parse(tokens.body()).get("id_token").asText());
        assertThat(idToken.getJWTClaimsSet().getSubject()).isEqualTo(deviceRecord().get("accountId"));
    }

    @Test
    @Order(12)
    void aDeniedRequestGivesTheClientAccessDenied(WildFlyServer server) {
        assertThat(page).as("the phone enrolled by the first test").isNotNull();
        Oidc oidc = new Oidc(server);
        CibaStation station = CibaStation.register(oidc);
        String binding = "CibaStation 7 login " + ThreadLocalRandom.current().nextInt(1000, 9999);
        String authReqId = station.start(oidc, person.email(), binding);

        page.waitForSelector(".card .binding:text-is('" + binding + "')", new Page.WaitForSelectorOptions().setTimeout(ARRIVES.toMillis()));
        page.click(".card:has-text('" + binding + "') .deny");

        page.waitForSelector("#notice[data-tone='success']:text-is('Denied: " + binding + "')");
        assertOAuthError(station.awaitAnswer(oidc, authReqId), 400, "access_denied");
    }

    @Test
    @Order(13)
    void anApprovalAlteredAfterSigningIsRefusedAndThePhoneSaysSo(WildFlyServer server) {
        assertThat(page).as("the phone enrolled by the first test").isNotNull();
        Oidc oidc = new Oidc(server);
        CibaStation station = CibaStation.register(oidc);
        String binding = "CibaStation 9 login " + ThreadLocalRandom.current().nextInt(1000, 9999);
        String authReqId = station.start(oidc, person.email(), binding);
        page.waitForSelector(".card .binding:text-is('" + binding + "')", new Page.WaitForSelectorOptions().setTimeout(ARRIVES.toMillis()));

        // something between the signing and the sending changes the signed claims and keeps the signature
        page.evaluate("() => { const original = window.fetch; window.fetch = (url, init) => {"
                + " if (String(url).endsWith('/decision')) { window.fetch = original;"
                + "  const body = JSON.parse(init.body); const [h, p, s] = body.signature.split('.');"
                + "  const claims = JSON.parse(atob(p.replace(/-/g, '+').replace(/_/g, '/'))); claims.bm = 'CibaStation 1 login 0000';"
                + "  body.signature = [h, btoa(JSON.stringify(claims)).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, ''), s].join('.');"
                + "  init = { ...init, body: JSON.stringify(body) }; }"
                + " return original(url, init); }; }");
        page.click(".card:has-text('" + binding + "') .approve");

        page.waitForSelector("#notice[data-tone='error']:text-is('The server refused this answer: its signature does not match"
                + " the request. Nothing was approved.')");
        PhoneApp.screenshot(page, "app-tampered-refused.png");
        assertOAuthError(oidc.tokenRequest(Map.of("grant_type", CIBA, "auth_req_id", authReqId), station.basic()), 400,
                "authorization_pending");
        // the honest answer still goes through afterwards: the refusal changed nothing
        page.click(".card:has-text('" + binding + "') .approve");
        page.waitForSelector("#notice[data-tone='success']:text-is('Approved: " + binding + "')");
        assertThat(station.awaitAnswer(oidc, authReqId).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(14)
    void aBrowserLoginShowsTheMatchingCodeOfTheLoginPage(WildFlyServer server) {
        assertThat(page).as("the phone enrolled by the first test").isNotNull();
        BrowserContext computer = app.desktop();
        try {
            Page login = computer.newPage();
            login.navigate(new Oidc(server).issuer() + "/admin/");
            login.waitForSelector("#login-name");
            login.fill("#login-name", person.email());
            login.click("#send");
            login.waitForSelector("#matching-code:not(:empty)");
            String code = login.textContent("#matching-code").strip();

            page.waitForSelector(".card[data-kind='login'] .matching-code", new Page.WaitForSelectorOptions().setTimeout(ARRIVES.toMillis()));
            assertThat(page.textContent(".card[data-kind='login'] .matching-code")).isEqualTo(code);
            PhoneApp.screenshot(page, "app-login-request.png");
            page.click(".card[data-kind='login'] .approve");

            // logged in: the console then shows its page, or refuses a person without a console role
            login.waitForSelector("#page-title, #error-title");
            assertThat(login.url()).startsWith(new Oidc(server).issuer() + "/admin/");
        } finally {
            computer.close();
        }
        assertThat(policyViolations).as("the app runs within its own policy").isEmpty();
    }

    @Test
    @Order(15)
    void aLoginPagesQrCodeScannedByThePhoneCameraLogsTheComputerIn(WildFlyServer server) {
        assertThat(page).as("the phone enrolled by the first test").isNotNull();
        String issuer = new Oidc(server).issuer();
        BrowserContext computer = app.desktop();
        try {
            Page login = computer.newPage();
            login.navigate(issuer + "/admin/");
            login.waitForFunction("() => { const qr = document.getElementById('qr-code'); return qr && qr.complete && qr.naturalWidth > 0; }");
            byte[] shown = login.locator("#qr-code").screenshot();
            app.camera().show(shown);

            page.click("#scan-login");
            page.waitForSelector(".card[data-kind='login'] .matching-code", new Page.WaitForSelectorOptions().setTimeout(ARRIVES.toMillis()));
            assertThat(page.textContent("#notice")).isEqualTo("Check that the login page now shows the same code, then approve.");
            assertThat(page.isVisible("#screen-home")).as("the camera is put away once it read the code").isTrue();
            assertThat(page.evaluate("() => document.getElementById('scan-video').srcObject")).isNull();
            login.waitForSelector("#matching-code:not(:empty)");
            assertThat(page.textContent(".card[data-kind='login'] .matching-code")).isEqualTo(login.textContent("#matching-code").strip());
            PhoneApp.screenshot(page, "app-qr-login-request.png");
            page.click(".card[data-kind='login'] .approve");

            login.waitForSelector("#page-title, #error-title");
            assertThat(login.url()).startsWith(issuer + "/admin/");

            // the same code once more (a photo of it, a second scan): claimed already, the server refuses and the phone says so
            page.click("#scan-login");
            page.waitForSelector("#notice[data-tone='error']:text-is('This login code was already used or has expired."
                    + " Reload the login page and scan its new code.')");
            assertThat(page.locator(".card[data-kind='login']").count()).isZero();
            PhoneApp.screenshot(page, "app-qr-login-used.png");

            // another site's QR code is not posted anywhere
            List<String> posted = new ArrayList<>();
            page.onRequest(request -> posted.add(request.method() + " " + request.url()));
            app.camera().showQrCode("https://shop.example/api/v1/authenticators/qr-logins/abc");
            page.click("#scan-login");
            page.waitForSelector("#notice[data-tone='error']:text-is('This is not a Vigil login code. Scan the QR code on a Vigil login page.')");
            assertThat(posted).noneMatch(request -> request.contains("qr-logins"));
        } finally {
            computer.close();
        }
        assertThat(policyViolations).as("the camera and the decoder run within the app's policy").isEmpty();
    }

    @Test
    @Order(30)
    void aRevokedDeviceIsRefusedAndThePhoneSaysSo(WildFlyServer server) {
        assertThat(page).as("the phone enrolled by the first test").isNotNull();
        Oidc oidc = new Oidc(server);
        CibaStation station = CibaStation.register(oidc);
        String binding = "CibaStation 5 login " + ThreadLocalRandom.current().nextInt(1000, 9999);
        String authReqId = station.start(oidc, person.email(), binding);
        page.waitForSelector(".card .binding:text-is('" + binding + "')", new Page.WaitForSelectorOptions().setTimeout(ARRIVES.toMillis()));

        // the person removes this device (as from another of their devices; here with its own key, by the protocol's DELETE)
        Object revoked = page.evaluate("async () => { const { Device } = await import('./js/device.js'); const device = await Device.load();"
                + " await device.call('DELETE', '/api/v1/authenticators/' + device.authenticatorId); return 'revoked'; }");
        assertThat(revoked).isEqualTo("revoked");
        page.click(".card:has-text('" + binding + "') .approve");

        page.waitForSelector("#notice[data-tone='error']:text-is('The server no longer accepts this device."
                + " It may have been removed from your account.')");
        PhoneApp.screenshot(page, "app-device-revoked.png");
        assertThat(oidc.tokenRequest(Map.of("grant_type", CIBA, "auth_req_id", authReqId), station.basic()).statusCode())
                .as("no tokens for an approval by a revoked device").isNotEqualTo(200);
    }

    private static Map<?, ?> deviceRecord() {
        return (Map<?, ?>) page.evaluate("async () => {"
                + " const db = await new Promise((ok, fail) => { const r = indexedDB.open('vigil-app'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });"
                + " const record = await new Promise((ok, fail) => { const q = db.transaction('device').objectStore('device').get('self');"
                + "  q.onsuccess = () => ok(q.result); q.onerror = () => fail(q.error); });"
                + " let exported = 'exported'; try { await crypto.subtle.exportKey('jwk', record.privateKey); } catch (e) { exported = e.name; }"
                + " return { accountId: record.accountId, authenticatorId: record.authenticatorId, type: record.privateKey.type,"
                + "  extractable: record.privateKey.extractable, curve: record.privateKey.algorithm.namedCurve, exported }; }");
    }

}
