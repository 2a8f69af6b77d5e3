package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.it.OidcIT.assertOAuthError;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.CibaStation;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.PhoneApp;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * The passkey that unlocks the phone app (issue 16), in Debian's Chromium emulating a phone with a
 * virtual WebAuthn authenticator (DevTools protocol: CTAP2, resident keys, user verification): it
 * is created at enrollment and verified by the server with webauthn4j, the app opens locked and
 * unlocks with it, and only then approves. A failing user verification, a removed credential,
 * another device's passkey, a replayed challenge, another origin and a revoked device are each
 * refused by the server and told by the app. The tests run in order on one enrolled phone.
 */
// not "once": the passkey table, its row lock and V18 run on PostgreSQL too
@ExtendWith(VigilServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PasskeyIT {

    private static final String CIBA = "urn:openid:params:grant-type:ciba";
    private static final Duration ARRIVES = Duration.ofSeconds(30);

    private static PhoneApp app;
    private static BrowserContext phone;
    private static Page page;
    private static CDPSession devtools;
    private static String authenticatorId;
    private static SignUps.Person person;

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

    /** A phone page with a platform authenticator that verifies its person (a fingerprint that matches, until told otherwise). */
    private static Page phoneWithAuthenticator(BrowserContext context, String[] idOut, CDPSession[] sessionOut) {
        Page opened = context.newPage();
        CDPSession session = opened.context().newCDPSession(opened);
        session.send("WebAuthn.enable", new JsonObject());
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject params = new JsonObject();
        params.add("options", options);
        idOut[0] = session.send("WebAuthn.addVirtualAuthenticator", params).get("authenticatorId").getAsString();
        sessionOut[0] = session;
        opened.navigate(app.url());
        return opened;
    }

    private static void userVerified(boolean verified) {
        JsonObject params = new JsonObject();
        params.addProperty("authenticatorId", authenticatorId);
        params.addProperty("isUserVerified", verified);
        devtools.send("WebAuthn.setUserVerified", params);
    }

    private static JsonArray credentials() {
        JsonObject params = new JsonObject();
        params.addProperty("authenticatorId", authenticatorId);
        return devtools.send("WebAuthn.getCredentials", params).getAsJsonArray("credentials");
    }

    /** Enrolls the page's app with a fresh level-1 account's code; the app creates its passkey right after. */
    private static void enroll(Page on, String code, String name) {
        on.waitForSelector("#go-enroll");
        on.click("#go-enroll");
        on.fill("#enrollment-code", code);
        on.fill("#enroll-device-name", name);
        on.click("#enroll");
        on.waitForSelector("#screen-home:not([hidden])");
    }

    /** Calls the server as the app's device would, from inside the page: the problem's type and detail, or "ok". */
    private static Map<?, ?> inPage(Page on, String body) {
        return (Map<?, ?>) on.evaluate("async () => { const { Device } = await import('./js/device.js');"
                + " const passkey = await import('./js/passkey.js'); const device = await Device.load();"
                + " try { " + body + " return { outcome: 'ok' }; } catch (e) { return { outcome: e.kind || e.name, detail: e.detail || e.message }; } }");
    }

    @Test
    @Order(1)
    void enrollmentCreatesAPasskeyTheServerVerified(WildFlyServer server, MailCatcher mail) {
        person = SignUps.Person.random();
        String code = SignUps.level1Account(server, mail, person).enrollmentCode();
        String[] id = new String[1];
        CDPSession[] session = new CDPSession[1];
        phone = app.phone();
        page = phoneWithAuthenticator(phone, id, session);
        authenticatorId = id[0];
        devtools = session[0];

        enroll(page, code, "Anna's phone");

        page.waitForSelector("#notice[data-tone='success']:text-is('Your passkey is set up. Vigil asks for it when it opens.')");
        assertThat(page.isHidden("#passkey-setup")).as("no offer to set up what is set up").isTrue();
        assertThat(credentials()).as("the passkey lives in the phone's authenticator").hasSize(1);
        JsonObject credential = credentials().get(0).getAsJsonObject();
        assertThat(credential.get("isResidentCredential").getAsBoolean()).isTrue();
        assertThat(credential.get("rpId").getAsString()).isEqualTo(server.baseUrl().getHost());
        assertThat(page.evaluate("async () => { const { Device } = await import('./js/device.js'); return (await Device.load()).hasPasskey; }"))
                .isEqualTo(true);
        PhoneApp.screenshot(page, "app-passkey-created.png");
    }

    @Test
    @Order(2)
    void theReopenedAppIsLockedUntilThePasskeyUnlocksItAndThenApproves(WildFlyServer server) {
        assertThat(page).as("the phone enrolled by the first test").isNotNull();
        page.reload();
        page.waitForSelector("#screen-locked:not([hidden])");
        assertThat(page.textContent("#screen-locked h2")).isEqualTo("Vigil is locked");
        PhoneApp.screenshot(page, "app-locked.png");
        long countBefore = credentials().get(0).getAsJsonObject().get("signCount").getAsLong();

        page.click("#unlock");

        page.waitForSelector("#screen-home:not([hidden])");
        page.waitForSelector("#notice[data-tone='success']:text-is('Unlocked.')");
        assertThat(credentials().get(0).getAsJsonObject().get("signCount").getAsLong()).as("the authenticator signed").isGreaterThan(countBefore);
        page.waitForSelector("#connection[data-state='connected']");
        Oidc oidc = new Oidc(server);
        CibaStation station = CibaStation.register(oidc);
        String binding = "CibaStation 4 login " + ThreadLocalRandom.current().nextInt(1000, 9999);
        String authReqId = station.start(oidc, person.email(), binding);
        page.waitForSelector(".card .binding:text-is('" + binding + "')", new Page.WaitForSelectorOptions().setTimeout(ARRIVES.toMillis()));
        page.click(".card:has-text('" + binding + "') .approve");
        page.waitForSelector("#notice[data-tone='success']:text-is('Approved: " + binding + "')");
        assertThat(station.awaitAnswer(oidc, authReqId).statusCode()).as("tokens for the unlocked device's approval").isEqualTo(200);
        // unlocked, a confirmation gets past the passkey to the prescription (none such here)
        Map<?, ?> confirmation = inPage(page, "await device.call('POST', '/api/v1/authenticators/deliveries/' + crypto.randomUUID()"
                + " + '/pickup', { confirmation: 'a.b.c' });");
        assertThat(confirmation.get("outcome")).as(String.valueOf(confirmation)).isNotIn("ok", "passkey-unlock-required");
    }

    @Test
    @Order(3)
    void whenTheFingerprintFailsNothingUnlocksAndTheServerRefusesApprovals(WildFlyServer server) {
        assertThat(page).as("the phone enrolled by the first test").isNotNull();
        userVerified(false);
        try {
            // the reopened app ends the unlock of test 2 on the server too
            page.waitForResponse(r -> r.url().endsWith("/api/v1/authenticators/passkey/lock") && r.status() == 204, page::reload);
            page.waitForSelector("#screen-locked:not([hidden])");
            Oidc oidc = new Oidc(server);
            CibaStation station = CibaStation.register(oidc);
            String binding = "CibaStation 6 login " + ThreadLocalRandom.current().nextInt(1000, 9999);
            String authReqId = station.start(oidc, person.email(), binding);

            page.click("#unlock");

            page.waitForSelector("#notice[data-tone='error']:text-is('The passkey was cancelled or could not be used."
                    + " Nothing was unlocked; try again.')");
            assertThat(page.isVisible("#screen-locked")).isTrue();
            PhoneApp.screenshot(page, "app-passkey-refused.png");
            // the page is not the guard: the server itself refuses an approval from the locked device
            Map<?, ?> answer = inPage(page, "const [r] = (await device.pendingRequests()).filter(x => x.bindingMessage === '"
                    + binding + "'); await device.decide(r, 'approve');");
            assertThat(answer.get("outcome")).as(String.valueOf(answer)).isEqualTo("passkey-unlock-required");
            assertOAuthError(oidc.tokenRequest(Map.of("grant_type", CIBA, "auth_req_id", authReqId), station.basic()), 400,
                    "authorization_pending");
            // a nurse's pickup or delivery confirmation is an approval too: refused before anything else is looked at
            for (String step : List.of("pickup", "delivery")) {
                assertThat(inPage(page, "await device.call('POST', '/api/v1/authenticators/deliveries/' + crypto.randomUUID() + '/"
                        + step + "', { confirmation: 'a.b.c' });").get("outcome")).as(step).isEqualTo("passkey-unlock-required");
            }
            // denying needs no unlock
            assertThat(inPage(page, "const [r] = (await device.pendingRequests()).filter(x => x.bindingMessage === '"
                    + binding + "'); await device.decide(r, 'deny');").get("outcome")).isEqualTo("ok");
        } finally {
            userVerified(true);
        }
    }

    @Test
    @Order(4)
    void aReplayedChallengeAndAnotherOriginAreRefused() {
        assertThat(page).as("the phone enrolled by the first test").isNotNull();
        Map<?, ?> replayed = inPage(page, "const options = await device.call('POST', '/api/v1/authenticators/passkey/unlock-options');"
                + " const credential = await navigator.credentials.get({ publicKey: passkey.requestOptions(options) });"
                + " const body = passkey.assertionBody(options.challenge, credential);"
                + " await device.call('POST', '/api/v1/authenticators/passkey/unlocks', body);"
                + " await device.call('POST', '/api/v1/authenticators/passkey/unlocks', body);");
        assertThat(replayed.get("outcome")).as(String.valueOf(replayed)).isEqualTo("invalid-passkey-challenge");

        Map<?, ?> elsewhere = inPage(page, "const options = await device.call('POST', '/api/v1/authenticators/passkey/unlock-options');"
                + " const credential = await navigator.credentials.get({ publicKey: passkey.requestOptions(options) });"
                + " const body = passkey.assertionBody(options.challenge, credential);"
                + " const clientData = JSON.parse(new TextDecoder().decode(passkey.fromBase64url(body.clientDataJSON)));"
                + " clientData.origin = 'https://vigil.example.net';"
                + " const jws = await import('./js/jws.js'); body.clientDataJSON = jws.base64url(new TextEncoder().encode(JSON.stringify(clientData)));"
                + " await device.call('POST', '/api/v1/authenticators/passkey/unlocks', body);");
        assertThat(elsewhere.get("outcome")).as(String.valueOf(elsewhere)).isEqualTo("invalid-passkey");
        assertThat((String) elsewhere.get("detail")).contains("origin");
    }

    @Test
    @Order(5)
    void anotherDevicesPasskeyDoesNotUnlockThisOne(WildFlyServer server, MailCatcher mail) {
        assertThat(page).as("the phone enrolled by the first test").isNotNull();
        BrowserContext otherPhone = app.phone();
        try {
            String[] id = new String[1];
            CDPSession[] session = new CDPSession[1];
            Page other = phoneWithAuthenticator(otherPhone, id, session);
            enroll(other, SignUps.level1Account(server, mail, SignUps.Person.random(), "Bert", "Beispiel").enrollmentCode(), "Bert's phone");
            other.waitForSelector("#notice[data-tone='success']");
            String challenge = (String) page.evaluate("async () => { const { Device } = await import('./js/device.js');"
                    + " return (await (await Device.load()).call('POST', '/api/v1/authenticators/passkey/unlock-options')).challenge; }");
            // the other phone answers this phone's challenge with its own passkey
            Object body = other.evaluate("async (challenge) => { const passkey = await import('./js/passkey.js');"
                    + " const options = await (await (await import('./js/device.js')).Device.load()).call('POST', '/api/v1/authenticators/passkey/unlock-options');"
                    + " const credential = await navigator.credentials.get({ publicKey: passkey.requestOptions({ ...options, challenge }) });"
                    + " return JSON.stringify(passkey.assertionBody(challenge, credential)); }", challenge);
            Map<?, ?> answer = inPage(page, "await device.call('POST', '/api/v1/authenticators/passkey/unlocks', " + body + ");");
            assertThat(answer.get("outcome")).as(String.valueOf(answer)).isEqualTo("unknown-passkey");
        } finally {
            otherPhone.close();
        }
    }

    @Test
    @Order(6)
    void aRemovedPasskeyLeavesTheAppLockedAndSaysSo() {
        assertThat(page).as("the phone enrolled by the first test").isNotNull();
        JsonObject params = new JsonObject();
        params.addProperty("authenticatorId", authenticatorId);
        devtools.send("WebAuthn.clearCredentials", params);
        page.reload();
        page.waitForSelector("#screen-locked:not([hidden])");

        page.click("#unlock");

        page.waitForSelector("#notice[data-tone='error']:text-is('The passkey was cancelled or could not be used."
                + " Nothing was unlocked; try again.')");
        assertThat(page.isVisible("#screen-locked")).isTrue();
    }

    @Test
    @Order(7)
    void aRevokedDeviceCannotUnlock() {
        assertThat(page).as("the phone enrolled by the first test").isNotNull();
        assertThat(inPage(page, "await device.call('DELETE', '/api/v1/authenticators/' + device.authenticatorId);").get("outcome"))
                .isEqualTo("ok");
        page.click("#unlock");
        page.waitForSelector("#notice[data-tone='error']:text-is('The server no longer accepts this device."
                + " It may have been removed from your account.')");
    }

}
