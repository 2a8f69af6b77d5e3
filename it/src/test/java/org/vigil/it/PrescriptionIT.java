package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.it.DocumentSigningIT.assertProblem;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.sdk.VigilApiException;
import org.vigil.client.sdk.authenticator.SigningRequest;
import org.vigil.client.sdk.care.StationFeed;
import org.vigil.client.sdk.care.StationMessage;
import org.vigil.client.sdk.prescriptions.Pharmacy;
import org.vigil.client.sdk.prescriptions.Prescription;
import org.vigil.client.sdk.prescriptions.PrescriptionDraft;
import org.vigil.client.sdk.prescriptions.PrescriptionItem;
import org.vigil.client.sdk.prescriptions.PrescriptionsClient;
import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.CareSetup;
import org.vigil.it.support.CareStaff;
import org.vigil.it.support.CareWorld;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.PushSocket;
import org.vigil.it.support.RxScene;
import org.vigil.it.support.Signers;
import org.vigil.it.support.Signers.Signer;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * Prescriptions end to end: a doctor drafts and signs on the CLI authenticator, the prescription
 * is routed over JMS and its PAdES signature checked with DSS, the pharmacy prepares it, the
 * patient's nurse is pushed "ready" on her CLI authenticator and confirms pickup and delivery with
 * her device's signature, and a station watching the patient sees every step live. Then what must
 * never reach a pharmacy (an altered PDF, a revoked certificate, a nurse's signature) and what
 * must be refused without changing anything (a step out of order, a second pickup, a cancellation
 * after pickup, strangers).
 */
@ExtendWith(VigilServerExtension.class)
class PrescriptionIT {

    private static final Duration ROUTING = Duration.ofSeconds(60);

    @TempDir
    Path home;

    @Test
    void aPrescriptionWalksFromTheDoctorsSignatureToThePatientsDoor(WildFlyServer server, MailCatcher mail) throws Exception {
        RxScene scene = RxScene.create(server, mail);
        CareSetup setup = scene.setup();
        Signer doctor = Signers.create(server, mail, home.resolve("doctor"), "doctor");
        Signer nurse = Signers.create(server, mail, home.resolve("nurse"), "nurse");
        setup.joinCareTeam(scene.patientId(), doctor.accountId(), "doctor");
        setup.joinCareTeam(scene.patientId(), nurse.accountId(), "nurse");
        CareSetup.Station station = setup.station("Ward 3");
        CareStaff supervisor = CareStaff.login(server, mail, "supervisor");
        scene.ok(scene.call("POST", "/api/v1/assignments", Map.of("patientId", scene.patientId(), "stationId", station.id()),
                supervisor.accessToken()), 201);

        try (StationFeed feed = StationFeed.connect(server.baseUrl(), station.device().token(setup.oidc()), null)) {
            PrescriptionsClient asDoctor = new PrescriptionsClient(server.baseUrl(), doctor::token);
            Prescription draft = asDoctor.draft(new PrescriptionDraft(scene.patientId(), null, null, null, List.of(
                    new PrescriptionItem("Amoxicillin", "J01CA04", "http://www.whocc.no/atc", "500 mg", "1 capsule", "oral",
                            "three times daily", "7 days", "21 capsules", "Take with water."),
                    PrescriptionItem.of("Paracetamol", "500 mg", "1-2 tablets", "oral", "up to 4 times daily", "20 tablets"))));
            assertThat(draft.status()).isEqualTo("draft");
            assertThat(draft.pharmacyId()).as("the patient's preferred pharmacy").isEqualTo(scene.pharmacyId());

            SigningRequest request = asDoctor.requestSignature(List.of(draft.id()));
            assertThat(request.status()).isEqualTo("PENDING");
            AuthenticatorCli.Run signed = doctor.cli().run("sign-next", "--binding-message-contains", draft.number(), "--timeout", "30s");
            assertThat(signed.exitCode()).as(signed.output()).isZero();
            assertThat(signed.output()).as("the authenticator shows what is signed")
                    .contains("Prescription " + draft.number()).contains("Amoxicillin 500 mg").contains("qty 21 capsules").contains("COMPLETED");

            JsonNode received = scene.awaitStatus(draft.id(), "received", doctor.token(), ROUTING);
            assertThat(received.get("validation").get("indication").asText()).isEqualTo("TOTAL_PASSED");
            assertThat(received.get("validation").get("signatureFormat").asText()).isEqualTo("PAdES-BASELINE-LTA");

            PrescriptionsClient asPharmacist = new PrescriptionsClient(server.baseUrl(), () -> scene.pharmacist().accessToken());
            assertThat(asPharmacist.myPharmacies()).extracting(Pharmacy::id).containsExactly(scene.pharmacyId());
            assertThat(asPharmacist.inbox(scene.pharmacyId(), "received")).extracting(Prescription::id).contains(draft.id());
            byte[] pdf = asPharmacist.pdf(draft.id());
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))).isEqualTo(
                    received.get("signedSha256").asText());
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(asPharmacist.signatureReport(draft.id()).detailedReport()).contains("DetailedReport");
            HttpResponse<String> fhir = scene.call("GET", "/fhir/MedicationRequest/" + draft.id() + "-1", null,
                    scene.pharmacist().accessToken());
            assertThat(fhir.statusCode()).as(fhir.body()).isEqualTo(200);
            JsonNode medicationRequest = Json.parse(fhir.body());
            assertThat(medicationRequest.get("groupIdentifier").get("value").asText()).isEqualTo(draft.number());
            assertThat(java.util.Base64.getDecoder().decode(medicationRequest.get("contained").get(0).get("content").get(0)
                    .get("attachment").get("data").asText())).as("the signed PDF attached").isEqualTo(pdf);

            asPharmacist.pharmacyStep(draft.id(), "verified", null);
            asPharmacist.pharmacyStep(draft.id(), "in-preparation", null);
            // the nurse's authenticator is listening before the pharmacy marks it ready
            CompletableFuture<AuthenticatorCli.Run> waiting = CompletableFuture.supplyAsync(
                    () -> nurse.cli().run("deliveries", "--wait", "--timeout", "60s"));
            Thread.sleep(3000);
            asPharmacist.pharmacyStep(draft.id(), "ready", null);
            AuthenticatorCli.Run notified = waiting.get(90, TimeUnit.SECONDS);
            assertThat(notified.exitCode()).as(notified.output()).isZero();
            assertThat(notified.output()).contains("Pick up " + draft.number()).contains("Apotheke am Markt");

            AuthenticatorCli.Run pickup = nurse.cli().run("confirm-pickup", draft.id());
            assertThat(pickup.exitCode()).as(pickup.output()).isZero();
            assertThat(pickup.output()).contains("is picked-up");
            AuthenticatorCli.Run delivery = nurse.cli().run("confirm-delivery", draft.id());
            assertThat(delivery.exitCode()).as(delivery.output()).isZero();
            assertThat(delivery.output()).contains("is delivered");

            Prescription delivered = asDoctor.get(draft.id());
            assertThat(delivered.status()).isEqualTo("delivered");
            assertThat(delivered.courierId()).isEqualTo(nurse.accountId());
            assertThat(delivered.history()).extracting(Prescription.Step::status).containsExactly("draft", "signing", "signed", "received",
                    "verified", "in-preparation", "ready", "picked-up", "delivered");
            assertThat(delivered.history()).filteredOn(Prescription.Step::deviceSigned).extracting(Prescription.Step::status)
                    .containsExactly("picked-up", "delivered");
            assertThat(delivered.history().get(4).actor()).isEqualTo("account:" + scene.pharmacist().accountId());

            List<String> seenLive = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!seenLive.contains("delivered") && System.nanoTime() < deadline) {
                Optional<StationMessage> message = feed.next(Duration.ofMillis(500));
                message.filter(m -> "prescription".equals(m.type()) && draft.id().equals(m.data().path("prescriptionId").asText()))
                        .ifPresent(m -> seenLive.add(m.data().get("status").asText()));
            }
            assertThat(seenLive).as("the station showing the patient sees each step").containsExactly("draft", "signing", "signed",
                    "received", "verified", "in-preparation", "ready", "picked-up", "delivered");

            assertThatProblem(() -> asDoctor.cancel(draft.id(), "changed my mind"), 409, "prescription-state");
            assertThat(asDoctor.get(draft.id()).status()).isEqualTo("delivered");
            HttpResponse<String> verification = scene.call("GET", "/api/v1/prescription-verifications/" + "x".repeat(43), null, null);
            assertThat(verification.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void whatFailsItsSignatureCheckGoesBackToTheDoctorAndNeverReachesThePharmacy(WildFlyServer server, MailCatcher mail) {
        RxScene scene = RxScene.create(server, mail);
        CareStaff doctor = CareStaff.login(server, mail, "doctor");
        CareStaff revokedDoctor = CareStaff.login(server, mail, "doctor");
        CareStaff nurse = CareStaff.login(server, mail, "nurse");
        for (CareStaff member : List.of(doctor, revokedDoctor)) {
            scene.setup().joinCareTeam(scene.patientId(), member.accountId(), "doctor");
        }
        scene.setup().joinCareTeam(scene.patientId(), nurse.accountId(), "nurse");

        String altered = draftAwaitingSignature(scene, doctor, "Warfarin");
        String byNurse = draftAwaitingSignature(scene, doctor, "Digoxin");
        String revoked = draftAwaitingSignature(scene, revokedDoctor, "Lithium");

        // altered after signing: the doctor's own signature over the rendering, then one byte of the page changed
        byte[] signedByDoctor = signElsewhere(scene, doctor, altered, "LTA");
        byte[] tampered = signedByDoctor.clone();
        int content = indexOf(tampered, "stream".getBytes(StandardCharsets.ISO_8859_1)) + 12;
        tampered[content] ^= 0x01;
        scene.ok(scene.putPdf("/api/v1/prescriptions/" + altered + "/signed-pdf", tampered, doctor.accessToken()), 200);

        // signed by the nurse, handed in by the doctor
        byte[] signedByNurse = signElsewhere(scene, nurse, byNurse, "LTA", doctor);
        scene.ok(scene.putPdf("/api/v1/prescriptions/" + byNurse + "/signed-pdf", signedByNurse, doctor.accessToken()), 200);

        // signed at level B (no timestamp), then the doctor's authenticator, and so the certificate, revoked
        byte[] signedThenRevoked = signElsewhere(scene, revokedDoctor, revoked, "B");
        String authenticator = revokedDoctor.device().authenticatorId();
        assertThat(revokedDoctor.device().call("DELETE", "/api/v1/authenticators/" + authenticator, null).statusCode()).isEqualTo(204);
        scene.ok(scene.putPdf("/api/v1/prescriptions/" + revoked + "/signed-pdf", signedThenRevoked, revokedDoctor.accessToken()), 200);

        JsonNode a = scene.awaitStatus(altered, "returned", doctor.accessToken(), ROUTING);
        assertThat(a.get("statusReason").asText()).contains("changed after it was signed").contains("DSS: TOTAL_FAILED/HASH_FAILURE");
        assertThat(a.get("validation").get("indication").asText()).isEqualTo("TOTAL_FAILED");
        JsonNode n = scene.awaitStatus(byNurse, "returned", doctor.accessToken(), ROUTING);
        assertThat(n.get("statusReason").asText()).contains("not the prescribing doctor").contains("DSS: TOTAL_PASSED");
        JsonNode r = scene.awaitStatus(revoked, "returned", revokedDoctor.accessToken(), ROUTING);
        assertThat(r.get("statusReason").asText()).contains("revoked").contains("DSS: INDETERMINATE/REVOKED_NO_POE");

        JsonNode inbox = scene.ok(scene.call("GET", "/api/v1/pharmacies/" + scene.pharmacyId() + "/prescriptions", null,
                scene.pharmacist().accessToken()), 200);
        assertThat(inbox.findValuesAsText("id")).doesNotContain(altered, byNurse, revoked);
        for (String id : List.of(altered, byNurse, revoked)) {
            assertProblem(scene.call("GET", "/api/v1/prescriptions/" + id, null, scene.pharmacist().accessToken()), 403, "forbidden");
            assertProblem(scene.call("POST", "/api/v1/prescriptions/" + id + "/pharmacy-steps", Map.of("status", "verified"),
                    scene.pharmacist().accessToken()), 403, "forbidden");
        }
    }

    @Test
    void stepsOutOfOrderSecondPickupsLateCancellationsAndStrangersAreRefusedAndChangeNothing(WildFlyServer server, MailCatcher mail) {
        RxScene scene = RxScene.create(server, mail);
        CareStaff doctor = CareStaff.login(server, mail, "doctor");
        CareStaff nurse = CareStaff.login(server, mail, "nurse");
        CareStaff otherNurse = CareStaff.login(server, mail, "nurse");
        CareStaff otherDoctor = CareStaff.login(server, mail, "doctor");
        CareStaff otherPharmacist = CareStaff.login(server, mail, "pharmacist");
        scene.setup().joinCareTeam(scene.patientId(), doctor.accountId(), "doctor");
        scene.setup().joinCareTeam(scene.patientId(), nurse.accountId(), "nurse");
        CareWorld world = new CareWorld(server, mail);
        CareWorld.Person viaOutsideApp = world.personViaOutsideApp("doctor");
        scene.setup().joinCareTeam(scene.patientId(), viaOutsideApp.accountId(), "doctor");

        Map<String, Object> body = RxScene.draft(scene.patientId(), "Ramipril");
        assertProblem(scene.call("POST", "/api/v1/prescriptions", body, otherDoctor.accessToken()), 403, "forbidden");
        assertProblem(scene.call("POST", "/api/v1/prescriptions", body, viaOutsideApp.token()), 403, "forbidden");
        assertProblem(scene.call("POST", "/api/v1/prescriptions", body, nurse.accessToken()), 403, "forbidden");
        assertProblem(scene.call("POST", "/api/v1/prescriptions", Map.of("patientId", scene.patientId(), "items",
                List.of(Map.of("medication", "Ramipril", "route", "oral"))), doctor.accessToken()), 400, "invalid-request");

        JsonNode draft = scene.ok(scene.call("POST", "/api/v1/prescriptions", body, doctor.accessToken()), 201);
        String id = draft.get("id").asText();
        scene.ok(scene.call("POST", "/api/v1/prescriptions/signing-requests", Map.of("prescriptions", List.of(id)),
                doctor.accessToken()), 202);
        scene.approveSigning(doctor.device(), draft.get("number").asText());
        JsonNode received = scene.awaitStatus(id, "received", doctor.accessToken(), ROUTING);
        String pharmacist = scene.pharmacist().accessToken();

        assertProblem(step(scene, id, "ready", otherPharmacist.accessToken()), 403, "forbidden");
        assertProblem(step(scene, id, "ready", doctor.accessToken()), 403, "forbidden");
        assertProblem(step(scene, id, "ready", pharmacist), 409, "prescription-state");
        assertProblem(step(scene, id, "rejected", pharmacist), 400, "invalid-request");
        assertThat(scene.prescription(id, doctor.accessToken()).get("status").asText()).isEqualTo("received");
        try (PushSocket nursesDevice = PushSocket.authenticated(server, nurse.device())) {
            for (String status : List.of("verified", "in-preparation", "ready")) {
                scene.ok(step(scene, id, status, pharmacist), 200);
            }
            JsonNode pushed = nursesDevice.nextMessage("prescription-ready", Duration.ofSeconds(30));
            assertThat(pushed).as("the nurse's authenticator is told it is ready").isNotNull();
            assertThat(pushed.get("payload").get("prescriptionId").asText()).isEqualTo(id);
            assertThat(pushed.get("payload").get("pharmacy").asText()).isEqualTo("Apotheke am Markt");
        }
        String sha = received.get("signedSha256").asText();
        String number = received.get("number").asText();
        String pickup = "/api/v1/authenticators/deliveries/" + id + "/pickup";

        assertThat(otherNurse.device().call("POST", pickup, Json.write(Map.of("confirmation",
                otherNurse.device().courierConfirmation(id, number, sha, "picked-up")))).statusCode()).as("a nurse of another team")
                .isEqualTo(403);
        HttpResponse<String> wrongStep = nurse.device().call("POST", pickup, Json.write(Map.of("confirmation",
                nurse.device().courierConfirmation(id, number, sha, "delivered"))));
        assertProblem(wrongStep, 400, "invalid-confirmation");
        HttpResponse<String> signedByAnother = nurse.device().call("POST", pickup, Json.write(Map.of("confirmation",
                otherNurse.device().courierConfirmation(id, number, sha, "picked-up"))));
        assertProblem(signedByAnother, 400, "invalid-confirmation");
        assertThat(scene.prescription(id, doctor.accessToken()).get("status").asText()).isEqualTo("ready");

        scene.ok(nurse.device().call("POST", pickup, Json.write(Map.of("confirmation",
                nurse.device().courierConfirmation(id, number, sha, "picked-up")))), 200);
        assertProblem(nurse.device().call("POST", pickup, Json.write(Map.of("confirmation",
                nurse.device().courierConfirmation(id, number, sha, "picked-up")))), 409, "prescription-state");
        assertProblem(scene.call("POST", "/api/v1/prescriptions/" + id + "/cancellation", Map.of("reason", "Allergy"),
                doctor.accessToken()), 409, "prescription-state");
        assertProblem(step(scene, id, "rejected", pharmacist), 409, "prescription-state");
        JsonNode after = scene.prescription(id, doctor.accessToken());
        assertThat(after.get("status").asText()).isEqualTo("picked-up");
        assertThat(after.get("history").findValuesAsText("status")).containsExactly("draft", "signing", "signed", "received",
                "verified", "in-preparation", "ready", "picked-up");
        assertProblem(scene.call("GET", "/api/v1/prescriptions/" + id, null, otherDoctor.accessToken()), 403, "forbidden");
        assertProblem(scene.call("GET", "/api/v1/prescriptions/" + id, null, viaOutsideApp.token()), 403, "forbidden");
    }

    // ------------------------------------------------------------------ helpers

    private static HttpResponse<String> step(RxScene scene, String id, String status, String token) {
        return scene.call("POST", "/api/v1/prescriptions/" + id + "/pharmacy-steps", Map.of("status", status), token);
    }

    /** A draft whose signature was requested (so it is rendered) but never approved on the device. */
    private static String draftAwaitingSignature(RxScene scene, CareStaff doctor, String medication) {
        String id = scene.ok(scene.call("POST", "/api/v1/prescriptions", RxScene.draft(scene.patientId(), medication),
                doctor.accessToken()), 201).get("id").asText();
        scene.ok(scene.call("POST", "/api/v1/prescriptions/signing-requests", Map.of("prescriptions", List.of(id)),
                doctor.accessToken()), 202);
        return id;
    }

    /** The rendered prescription signed through the document server as the signer's own document, outside the prescription flow. */
    private static byte[] signElsewhere(RxScene scene, CareStaff signer, String prescriptionId, String level, CareStaff... renderedFor) {
        String reader = renderedFor.length == 0 ? signer.accessToken() : renderedFor[0].accessToken();
        byte[] rendered = scene.download("/api/v1/prescriptions/" + prescriptionId + "/pdf", reader);
        String title = "Own copy " + prescriptionId.substring(0, 8);
        String document = scene.uploadDocument(title, rendered, signer.accessToken());
        scene.ok(scene.call("POST", "/api/v1/documents/" + document + "/signatures", Map.of("level", level), signer.accessToken()), 202);
        scene.approveSigning(signer.device(), title);
        return scene.download("/api/v1/documents/" + document + "/content", signer.accessToken());
    }

    private static void assertThatProblem(Runnable call, int status, String type) {
        try {
            call.run();
            throw new AssertionError("expected problem " + type);
        } catch (VigilApiException e) {
            assertThat(e.problem().status()).isEqualTo(status);
            assertThat(e.problem().type()).isEqualTo("urn:vigil:problem:" + type);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
