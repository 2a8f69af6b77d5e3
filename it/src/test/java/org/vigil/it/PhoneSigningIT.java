package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.it.DocumentSigningIT.assertProblem;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.CareStaff;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.PhoneApp;
import org.vigil.it.support.RxScene;
import org.vigil.it.support.TestDevice;
import org.vigil.it.support.TestDocuments;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * A doctor signs with the key in the phone app (issue 16): the app in Chromium emulating a phone is
 * the doctor's second authenticator; a prescription and a batch of documents arrive over the push
 * WebSocket, the app shows each document (title, SHA-256, its first page drawn by the server for
 * that device only) and one tap signs them with the non-extractable WebCrypto key, the values
 * labelled P1363. The signed PDFs validate as PAdES-BASELINE-LTA through Vigil's validation API
 * (DSS) and at the pharmacy. Denied, expired, altered and revoked-device answers are refused by
 * the server and explained in the app. The tests run in order on the one phone.
 */
@Tag("once")
@ExtendWith(VigilServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhoneSigningIT {

    private static final Duration ARRIVES = Duration.ofSeconds(30);
    private static final Duration ROUTING = Duration.ofSeconds(60);

    private static PhoneApp app;
    private static BrowserContext phone;
    private static Page page;
    private static CareStaff doctor;
    private static String phoneId;
    private static RxScene scene;
    /** The prescription the first test signs: the nurse brings it in the last. */
    private static String signedPrescription;

    /** The doctor logs in with one device (a token for the test) and brings the phone in with an enrollment code from it. */
    @BeforeAll
    static void aDoctorWithThePhoneAsSecondAuthenticator(WildFlyServer server, MailCatcher mail) {
        app = new PhoneApp(server);
        doctor = CareStaff.login(server, mail, "doctor");
        phone = app.phone();
        page = enrollPhone(phone, doctor, "Dr Muster's phone");
        phoneId = (String) page.evaluate("async () => (await (await import('./js/device.js')).Device.load()).authenticatorId");
        scene = RxScene.create(server, mail);
        scene.setup().joinCareTeam(scene.patientId(), doctor.accountId(), "doctor");
    }

    /** The person's phone app enrolled with a code from the device they logged in with. */
    private static Page enrollPhone(BrowserContext context, CareStaff person, String name) {
        String code = RxScene.ok(person.device().call("POST", "/api/v1/authenticators/enrollment-codes", null), 201)
                .get("enrollmentCode").asText();
        Page opened = app.open(context);
        opened.waitForSelector("#go-enroll");
        opened.click("#go-enroll");
        opened.fill("#enrollment-code", code);
        opened.fill("#enroll-device-name", name);
        opened.click("#enroll");
        opened.waitForSelector("#connection[data-state='connected']");
        return opened;
    }

    @AfterAll
    static void closeBrowser() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void aPrescriptionShowsItsTitleHashAndFirstPageAndOneTapSignsItAtLta() {
        JsonNode draft = RxScene.ok(scene.call("POST", "/api/v1/prescriptions", RxScene.draft(scene.patientId(), "Amoxicillin"),
                doctor.accessToken()), 201);
        String number = draft.get("number").asText();
        JsonNode started = RxScene.ok(scene.call("POST", "/api/v1/prescriptions/signing-requests", Map.of("prescriptions",
                List.of(draft.get("id").asText()), "authenticatorId", phoneId), doctor.accessToken()), 202);
        String requestId = started.get("id").asText();
        JsonNode item = started.get("documents").get(0);
        signedPrescription = draft.get("id").asText();

        String card = ".card[data-request-id='" + requestId + "']";
        awaitPreviews(card, 1);
        assertThat(page.textContent(card + " .binding")).contains(number);
        assertThat(page.isVisible(card + " .document-title")).as("the message names the one document already").isFalse();
        assertThat(page.textContent(card + " .hash").replace(" ", "")).isEqualTo(item.get("sha256").asText());
        assertThat(page.getAttribute(card + " .preview", "alt")).isEqualTo("First page of " + item.get("title").asText());
        assertThat(page.isVisible(card + " .document-position")).as("one document needs no numbering").isFalse();
        assertThat(page.textContent(card + " .approve")).isEqualTo("Sign");
        assertThat(page.getAttribute(card + " .approve", "aria-label")).startsWith("Sign: Sign \"");
        assertTouchTargets(card);
        PhoneApp.fullPageScreenshot(page, "app-signature-request.png");

        page.click(card + " .approve");

        page.waitForSelector("#notice[data-tone='success']:has-text('Signed: Sign')");
        assertThat(page.locator(card).count()).isZero();
        JsonNode signed = signingRequest(requestId);
        assertThat(signed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(signed.get("authenticatorId").asText()).isEqualTo(phoneId);
        byte[] pdf = document(item.get("documentId").asText());
        assertLta(pdf);
        JsonNode received = scene.awaitStatus(draft.get("id").asText(), "received", doctor.accessToken(), ROUTING);
        assertThat(received.get("validation").get("indication").asText()).as("the pharmacy's own check").isEqualTo("TOTAL_PASSED");
        assertThat(received.get("validation").get("signatureFormat").asText()).isEqualTo("PAdES-BASELINE-LTA");
        assertThat(received.get("signedSha256").asText()).isEqualTo(sha256(pdf));
    }

    @Test
    @Order(2)
    void aBatchShowsEachPrescriptionAnAlteredValueIsRefusedAndTheHonestOneSignsThemAll() {
        List<String> drafts = List.of("Metformin", "Ramipril").stream().map(drug -> RxScene.ok(scene.call("POST", "/api/v1/prescriptions",
                RxScene.draft(scene.patientId(), drug), doctor.accessToken()), 201).get("id").asText()).toList();
        JsonNode started = RxScene.ok(scene.call("POST", "/api/v1/prescriptions/signing-requests", Map.of("prescriptions", drafts,
                "authenticatorId", phoneId), doctor.accessToken()), 202);
        String requestId = started.get("id").asText();
        String firstId = started.get("documents").get(0).get("documentId").asText();
        String secondId = started.get("documents").get(1).get("documentId").asText();
        byte[] first = document(firstId);
        byte[] second = document(secondId);

        String card = ".card[data-request-id='" + requestId + "']";
        awaitPreviews(card, 2);
        List<String> titles = page.locator(card + " .document-title").allTextContents();
        assertThat(titles).hasSize(2);
        assertThat(titles.get(0)).contains("Metformin");
        assertThat(titles.get(1)).contains("Ramipril");
        assertThat(page.locator(card + " .document-position").allTextContents()).containsExactly("Document 1 of 2", "Document 2 of 2");
        assertThat(page.locator(card + " .hash").allTextContents()).extracting(h -> h.replace(" ", ""))
                .containsExactly(sha256(first), sha256(second));
        assertThat(page.textContent(card + " .approve")).isEqualTo("Sign all 2");
        PhoneApp.fullPageScreenshot(page, "app-signature-batch.png");

        // something between the phone's signing and the server changes one byte of the first document's value
        page.evaluate("() => { const original = window.fetch; window.fetch = (url, init) => {"
                + " if (String(url).endsWith('/signatures')) { window.fetch = original;"
                + "  const body = JSON.parse(init.body); const bytes = Uint8Array.from(atob(body.signatures[0].value), c => c.charCodeAt(0));"
                + "  bytes[20] ^= 0x01; body.signatures[0].value = btoa(String.fromCharCode(...bytes));"
                + "  init = { ...init, body: JSON.stringify(body) }; }"
                + " return original(url, init); }; }");
        page.click(card + " .approve");

        page.waitForSelector("#notice[data-tone='error']:text-is('The server refused the signature: it does not match the document."
                + " Nothing was signed; you can try again.')");
        PhoneApp.screenshot(page, "app-signature-refused.png");
        assertThat(signingRequest(requestId).get("status").asText()).isEqualTo("PENDING");
        assertThat(document(firstId)).as("nothing embedded").isEqualTo(first);
        assertThat(document(secondId)).as("all or none").isEqualTo(second);

        page.click(card + " .approve");
        page.waitForSelector("#notice[data-tone='success']:has-text('Signed: Sign 2 documents')");
        assertThat(signingRequest(requestId).get("status").asText()).isEqualTo("COMPLETED");
        assertLta(document(firstId));
        assertLta(document(secondId));
        for (String id : drafts) {
            assertThat(scene.awaitStatus(id, "received", doctor.accessToken(), ROUTING).get("validation").get("signatureFormat").asText())
                    .isEqualTo("PAdES-BASELINE-LTA");
        }
    }

    @Test
    @Order(3)
    void theFirstPageIsDrawnOnlyForTheDeviceAskedAndOnlyWhileTheRequestWaits(WildFlyServer server, MailCatcher mail) {
        Shown shown = requestShown("Ibuprofen");
        String requestId = shown.requestId();
        String documentId = shown.documentId();
        String preview = "/api/v1/authenticators/signing-requests/" + requestId + "/documents/" + documentId + "/preview";

        HttpResponse<byte[]> anonymous = Http.sendBytes(HttpRequest.newBuilder(server.baseUrl().resolve(preview.substring(1))).GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        // the doctor's other authenticator is not the one the request waits for; another person's device knows nothing of it
        assertProblem(doctor.device().call("GET", preview, null), 404, "unknown-signing-request");
        TestDevice stranger = CareStaff.login(server, mail, "doctor").device();
        assertProblem(stranger.call("GET", preview, null), 404, "unknown-signing-request");
        assertThat(page.evaluate("async () => { const { Device } = await import('./js/device.js'); const device = await Device.load();"
                + " const p = await device.preview('" + requestId + "', '" + documentId + "');"
                + " return p.type + ' ' + p.bytes.length + ' ' + String.fromCharCode(...p.bytes.slice(1, 4)); }").toString())
                .startsWith("image/png ").endsWith(" PNG");

        page.click(".card[data-request-id='" + requestId + "'] .approve");
        page.waitForSelector("#notice[data-tone='success']:has-text('Signed: Sign \"Prescription Ibuprofen\"')");
        assertThat(page.evaluate("async () => { const { Device } = await import('./js/device.js'); const device = await Device.load();"
                + " try { await device.preview('" + requestId + "', '" + documentId + "'); return 'drawn'; } catch (e) { return e.kind; } }"))
                .as("once answered, the signer reads the signed document as its owner").isEqualTo("signing-request-closed");
    }

    @Test
    @Order(4)
    void aDeniedRequestIsDeniedForTheRequesterAndNothingIsSigned() {
        Shown shown = requestShown("Diclofenac");

        page.click(shown.card() + " .deny");

        page.waitForSelector("#notice[data-tone='success']:text-is('Denied: Sign \"Prescription Diclofenac\"')");
        assertThat(page.locator(shown.card()).count()).isZero();
        assertThat(signingRequest(shown.requestId()).get("status").asText()).as("what the requester sees").isEqualTo("DENIED");
        assertThat(document(shown.documentId())).isEqualTo(shown.pdf());
    }

    @Test
    @Order(5)
    void aDeniedPrescriptionIsADraftAgainForTheDoctorToChangeOrSendAgain() {
        JsonNode draft = RxScene.ok(scene.call("POST", "/api/v1/prescriptions", RxScene.draft(scene.patientId(), "Ibuprofen"),
                doctor.accessToken()), 201);
        String prescription = "/api/v1/prescriptions/" + draft.get("id").asText();
        String requestId = RxScene.ok(scene.call("POST", "/api/v1/prescriptions/signing-requests", Map.of("prescriptions",
                List.of(draft.get("id").asText()), "authenticatorId", phoneId), doctor.accessToken()), 202).get("id").asText();
        assertThat(RxScene.ok(scene.call("GET", prescription, null, doctor.accessToken()), 200).get("status").asText()).isEqualTo("signing");
        String card = ".card[data-request-id='" + requestId + "']";
        awaitPreviews(card, 1);

        page.click(card + " .deny");

        page.waitForSelector("#notice[data-tone='success']:has-text('Denied: Sign')");
        JsonNode denied = RxScene.ok(scene.call("GET", prescription, null, doctor.accessToken()), 200);
        assertThat(denied.get("status").asText()).as("no longer 'signing' for ever").isEqualTo("draft");
        assertThat(denied.get("statusReason").asText()).isEqualTo("The signature was denied on the doctor's authenticator.");
        assertThat(signingRequest(requestId).get("status").asText()).isEqualTo("DENIED");
    }

    @Test
    @Order(6)
    void anExpiredRequestIsRefusedByTheServerAndThePhoneSaysSo() throws Exception {
        String documentId = scene.uploadDocument("Prescription Tramadol", TestDocuments.prescriptionPdf("Tramadol 50 mg", 1),
                doctor.accessToken());
        HttpResponse<String> tooShort = scene.call("POST", "/api/v1/signing-requests", Map.of("level", "LTA",
                "documents", List.of(documentId), "authenticatorId", phoneId, "expiresInSeconds", 5), doctor.accessToken());
        assertProblem(tooShort, 400, "invalid-request");
        JsonNode started = startSigning(List.of(documentId), 10);
        String card = ".card[data-request-id='" + started.get("id").asText() + "']";
        awaitPreviews(card, 1);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), Instant.parse(started.get("expiresAt").asText())).toMillis()) + 1000);
        page.click(card + " .approve");

        page.waitForSelector("#notice[data-tone='error']:text-is('This request has expired. Ask for a new one.')");
        PhoneApp.screenshot(page, "app-signature-expired.png");
        assertThat(page.locator(card).count()).isZero();
        assertThat(signingRequest(started.get("id").asText()).get("status").asText()).isEqualTo("EXPIRED");
    }

    @Test
    @Order(7)
    void aDeviceRevokedWhileTheRequestWaitsCannotSignAndThePhoneSaysSo() {
        Shown shown = requestShown("Codeine");

        // the doctor removes the phone from their other device (a lost phone)
        assertThat(doctor.device().call("DELETE", "/api/v1/authenticators/" + phoneId, null).statusCode()).isEqualTo(204);
        page.click(shown.card() + " .approve");

        page.waitForSelector("#notice[data-tone='error']:text-is('The server no longer accepts this device."
                + " It may have been removed from your account.')");
        assertThat(signingRequest(shown.requestId()).get("status").asText()).isEqualTo("PENDING");
        assertThat(document(shown.documentId())).isEqualTo(shown.pdf());
    }

    @Test
    @Order(8)
    void theNurseConfirmsPickupAndDeliveryOfTheSignedPrescriptionEachWithOneTap(WildFlyServer server, MailCatcher mail) {
        assertThat(signedPrescription).as("signed by the first test").isNotNull();
        CareStaff nurse = CareStaff.login(server, mail, "nurse");
        scene.setup().joinCareTeam(scene.patientId(), nurse.accountId(), "nurse");
        BrowserContext nursesPhone = app.phone();
        try {
            Page nursesApp = enrollPhone(nursesPhone, nurse, "Ward phone");
            String pharmacist = scene.pharmacist().accessToken();
            for (String step : List.of("verified", "in-preparation", "ready")) {
                RxScene.ok(scene.call("POST", "/api/v1/prescriptions/" + signedPrescription + "/pharmacy-steps", Map.of("status", step),
                        pharmacist), 200);
            }
            JsonNode ready = scene.prescription(signedPrescription, doctor.accessToken());
            String card = ".card[data-prescription-id='" + signedPrescription + "']";

            nursesApp.waitForSelector(card + "[data-step='picked-up']", new Page.WaitForSelectorOptions().setTimeout(ARRIVES.toMillis()));
            assertThat(nursesApp.textContent(card + " .binding")).isEqualTo("Prescription " + ready.get("number").asText());
            assertThat(nursesApp.textContent(card + " .where")).isEqualTo("At Apotheke am Markt, Marktplatz 1, 1010 Wien");
            assertThat(nursesApp.textContent(card + " .items")).contains("Amoxicillin");
            assertThat(nursesApp.textContent(card + " .hash").replace(" ", "")).isEqualTo(ready.get("signedSha256").asText());
            PhoneApp.screenshot(nursesApp, "app-delivery-pickup.png");
            nursesApp.click(card + " .confirm");

            nursesApp.waitForSelector("#notice[data-tone='success']:text-is('Picked up: prescription " + ready.get("number").asText()
                    + ". Deliver it next.')");
            nursesApp.waitForSelector(card + "[data-step='delivered']");
            assertThat(nursesApp.textContent(card + " .confirm")).isEqualTo("Delivered");
            nursesApp.click(card + " .confirm");

            nursesApp.waitForSelector("#notice[data-tone='success']:text-is('Delivered: prescription " + ready.get("number").asText() + ".')");
            // the card leaves when the app redraws its list after the notice
            nursesApp.waitForSelector(card, new Page.WaitForSelectorOptions().setState(WaitForSelectorState.DETACHED)
                    .setTimeout(ARRIVES.toMillis()));
            JsonNode delivered = scene.prescription(signedPrescription, doctor.accessToken());
            assertThat(delivered.get("status").asText()).isEqualTo("delivered");
            assertThat(delivered.get("courierId").asText()).isEqualTo(nurse.accountId());
            List<String> deviceSigned = new java.util.ArrayList<>();
            delivered.get("history").forEach(step -> {
                if (step.path("deviceSigned").asBoolean()) {
                    deviceSigned.add(step.get("status").asText());
                }
            });
            assertThat(deviceSigned).as("both steps carry the phone's signed confirmation").containsExactly("picked-up", "delivered");
        } finally {
            nursesPhone.close();
        }
    }

    /** A one-page document of the doctor's waiting on the phone for its signature, its card showing the page. */
    private record Shown(byte[] pdf, String documentId, String requestId, String card) {
    }

    private static Shown requestShown(String drug) {
        byte[] pdf = TestDocuments.prescriptionPdf(drug + " 100 mg", 1);
        String documentId = scene.uploadDocument("Prescription " + drug, pdf, doctor.accessToken());
        String requestId = startSigning(List.of(documentId), null).get("id").asText();
        String card = ".card[data-request-id='" + requestId + "']";
        awaitPreviews(card, 1);
        return new Shown(pdf, documentId, requestId, card);
    }

    /** The card of the request with each document's first page drawn, and its sign button ready. */
    private static void awaitPreviews(String card, int documents) {
        page.waitForFunction("([card, n]) => { const images = document.querySelectorAll(card + ' .preview');"
                + " return images.length === n && [...images].every(i => i.complete && i.naturalWidth > 0)"
                + " && !document.querySelector(card + ' .approve').disabled; }", List.of(card, documents),
                new Page.WaitForFunctionOptions().setTimeout(ARRIVES.toMillis()));
    }

    /** At least 48 CSS pixels each way for the buttons (WCAG 2.5.5's 44, with room for a thumb). */
    private static void assertTouchTargets(String card) {
        for (String button : List.of(card + " .approve", card + " .deny")) {
            Map<?, ?> box = (Map<?, ?>) page.evaluate("(s) => { const r = document.querySelector(s).getBoundingClientRect();"
                    + " return { width: r.width, height: r.height }; }", button);
            assertThat(((Number) box.get("height")).doubleValue()).as(button).isGreaterThanOrEqualTo(48);
            assertThat(((Number) box.get("width")).doubleValue()).as(button).isGreaterThanOrEqualTo(48);
        }
    }

    private static JsonNode startSigning(List<String> documentIds, Integer expiresInSeconds) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("level", "LTA", "reason", "Prescription", "documents", documentIds,
                "authenticatorId", phoneId));
        if (expiresInSeconds != null) {
            body.put("expiresInSeconds", expiresInSeconds);
        }
        return RxScene.ok(scene.call("POST", "/api/v1/signing-requests", body, doctor.accessToken()), 202);
    }

    private static JsonNode signingRequest(String requestId) {
        return RxScene.ok(scene.call("GET", "/api/v1/signing-requests/" + requestId, null, doctor.accessToken()), 200);
    }

    private static byte[] document(String documentId) {
        return scene.download("/api/v1/documents/" + documentId + "/content", doctor.accessToken());
    }

    /** Vigil's validation API (DSS against Vigil's trust anchors): one signature, PAdES-BASELINE-LTA, passed. */
    private static void assertLta(byte[] pdf) {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(scene.setup().oidc().issuer() + "/api/v1/validation"))
                .header("Authorization", "Bearer " + doctor.accessToken()).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode signatures = Json.parse(response.body()).get("signatures");
        assertThat(signatures).hasSize(1);
        assertThat(signatures.get(0).get("indication").asText()).as(signatures.toString()).isEqualTo("TOTAL_PASSED");
        assertThat(signatures.get(0).get("format").asText()).isEqualTo("PAdES-BASELINE-LTA");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
