package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vigil.client.sdk.prescriptions.Prescription;
import org.vigil.client.sdk.prescriptions.PrescriptionDraft;
import org.vigil.client.sdk.prescriptions.PrescriptionItem;
import org.vigil.client.sdk.prescriptions.PrescriptionsClient;
import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.ConsoleBrowserTest;
import org.vigil.it.support.ConsolePeople;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.RxScene;
import org.vigil.it.support.Signers;
import org.vigil.it.support.Signers.Signer;
import org.vigil.it.support.WildFlyServer;

/**
 * The pharmacists' inbox in Debian's Chromium: prescriptions a doctor signed on the CLI authenticator arrive at the
 * pharmacy (routed over JMS, checked by DSS); a pharmacist of that pharmacy sees them, opens one with its signature
 * check and its signed PDF, takes it through the pharmacy's steps to "ready" and rejects another with a reason (none
 * refused); each read is on the audit trail. A pharmacist of another pharmacy sees none of them and gets no PDF.
 */
@Tag("once")
class ConsolePharmacyIT extends ConsoleBrowserTest {

    private static final Duration ROUTING = Duration.ofSeconds(60);

    @Test
    void aPharmacistWorksThroughTheInboxAndAnotherPharmacysPharmacistIsRefused(WildFlyServer server, MailCatcher mail) throws Exception {
        RxScene scene = RxScene.create(server, mail);
        Signer doctor = Signers.create(server, mail, home.resolve("doctor"), "doctor");
        scene.setup().joinCareTeam(scene.patientId(), doctor.accountId(), "doctor");
        PrescriptionsClient asDoctor = new PrescriptionsClient(server.baseUrl(), doctor::token);
        Prescription amoxicillin = signed(asDoctor, doctor, scene, PrescriptionItem.of("Amoxicillin", "500 mg", "1 capsule", "oral",
                "three times daily", "21 capsules"));
        Prescription ibuprofen = signed(asDoctor, doctor, scene, PrescriptionItem.of("Ibuprofen", "800 mg", "1 tablet", "oral",
                "three times daily", "30 tablets"));
        JsonNode received = scene.awaitStatus(amoxicillin.id(), "received", doctor.token(), ROUTING);
        scene.awaitStatus(ibuprofen.id(), "received", doctor.token(), ROUTING);

        ConsolePeople.Member member = people.signedUp("pharmacist");
        HttpResponse<String> added = scene.setup().adminPost("/api/v1/admin/pharmacies/" + scene.pharmacyId() + "/pharmacists",
                Map.of("accountId", member.accountId()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        ConsolePeople.Person pharmacist = people.logIn(member);
        Page page = pharmacist.page();
        page.click("#nav-pharmacy-inbox");
        page.waitForSelector("#inbox-form\\:inbox td:has-text('" + amoxicillin.number() + "')");
        assertThat(page.textContent("#inbox-form\\:inbox")).contains(amoxicillin.number(), ibuprofen.number(), "received", "TOTAL_PASSED");
        page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-pharmacy-inbox.png")).setFullPage(true));

        // one opened: DSS's check on arrival, its items, and the signed PDF itself
        page.click("#inbox-form\\:inbox tr:has-text('" + amoxicillin.number() + "') button:has-text('Open')");
        page.waitForSelector("#rx-title");
        assertThat(page.textContent("#rx-indication")).startsWith("TOTAL_PASSED");
        assertThat(page.textContent("#rx-format")).isEqualTo("PAdES-BASELINE-LTA");
        assertThat(page.textContent("#rx-items")).contains("Amoxicillin 500 mg", "21 capsules");
        APIResponse pdf = pharmacist.context().request().get(people.consoleUrl("pharmacy/prescription.pdf?id=" + amoxicillin.id()));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())))
                .isEqualTo(received.get("signedSha256").asText());

        // the pharmacy's steps, one button each, to "ready"
        for (String status : List.of("verified", "in-preparation", "ready")) {
            page.click("#step-form\\:advance");
            page.waitForSelector(".ui-messages-info:has-text('is " + status + ".')");
            assertThat(page.textContent("#rx-status")).startsWith(status);
        }
        assertThat(page.locator("#step-form\\:advance").count()).as("the nurse picks it up, not the pharmacy").isZero();
        page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-pharmacy-prescription.png")).setFullPage(true));
        JsonNode ready = scene.prescription(amoxicillin.id(), doctor.token());
        assertThat(ready.get("status").asText()).isEqualTo("ready");
        assertThat(ready.get("history").get(4).get("actor").asText()).isEqualTo("account:" + member.accountId());

        // rejecting needs a reason
        page.click("#inbox-form\\:inbox tr:has-text('" + ibuprofen.number() + "') button:has-text('Open')");
        page.waitForSelector("#rx-title:has-text('" + ibuprofen.number() + "')");
        page.click("#step-form\\:reject");
        page.click("#confirm-form\\:confirm-yes");
        page.waitForSelector(".ui-messages-error");
        assertThat(scene.prescription(ibuprofen.id(), doctor.token()).get("status").asText()).isEqualTo("received");
        page.fill("#step-form\\:reject-reason", "Dose above the patient's renal limit");
        page.click("#step-form\\:reject");
        page.click("#confirm-form\\:confirm-yes");
        page.waitForSelector(".ui-messages-info:has-text('Rejected')");
        JsonNode rejected = scene.prescription(ibuprofen.id(), doctor.token());
        assertThat(rejected.get("status").asText()).isEqualTo("rejected");
        assertThat(rejected.get("statusReason").asText()).isEqualTo("Dose above the patient's renal limit");

        // each read of the patient's prescriptions is on the audit trail, with the pharmacist's name on it
        HttpResponse<String> trail = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(scene.setup().oidc().issuer()
                + "/fhir/AuditEvent?patient=" + scene.patientId())).header("Authorization", "Bearer " + scene.setup().oidc().adminToken()).GET());
        assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
        assertThat(trail.body()).contains(member.accountId()).contains("console pharmacy inbox").contains("console pharmacy inbox pdf");
        pharmacist.context().close();

        // a pharmacist of another pharmacy: an empty inbox, and the PDF refused
        HttpResponse<String> other = scene.setup().adminPost("/api/v1/admin/pharmacies", Map.of("name", "Apotheke am Bahnhof",
                "address", "Bahnhofplatz 2, 1100 Wien", "phone", "+43 1 987 65 43"));
        assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
        String otherPharmacy = Json.parse(other.body()).get("id").asText();
        ConsolePeople.Member stranger = people.signedUp("pharmacist");
        assertThat(scene.setup().adminPost("/api/v1/admin/pharmacies/" + otherPharmacy + "/pharmacists", Map.of("accountId",
                stranger.accountId())).statusCode()).isEqualTo(200);
        ConsolePeople.Person strangerInConsole = people.logIn(stranger);
        Page strangerPage = strangerInConsole.page();
        strangerPage.click("#nav-pharmacy-inbox");
        strangerPage.waitForSelector("#inbox-form\\:inbox");
        assertThat(strangerPage.textContent("#inbox-form\\:inbox")).doesNotContain(amoxicillin.number())
                .contains("No prescription has reached this pharmacy.");
        APIResponse refused = strangerInConsole.context().request().get(people.consoleUrl("pharmacy/prescription.pdf?id=" + amoxicillin.id()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).doesNotContain("%PDF");
        strangerInConsole.context().close();
    }

    /** A prescription the doctor drafted for the scene's patient and signed on the CLI authenticator. */
    private static Prescription signed(PrescriptionsClient asDoctor, Signer doctor, RxScene scene, PrescriptionItem item) {
        Prescription draft = asDoctor.draft(new PrescriptionDraft(scene.patientId(), null, null, null, List.of(item)));
        asDoctor.requestSignature(List.of(draft.id()));
        AuthenticatorCli.Run signed = doctor.cli().run("sign-next", "--binding-message-contains", draft.number(), "--timeout", "30s");
        assertThat(signed.exitCode()).as(signed.output()).isZero();
        return draft;
    }
}
