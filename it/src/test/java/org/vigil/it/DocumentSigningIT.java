package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.CareWorld;
import org.vigil.it.support.DeclaredUpload;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Signers.Signer;
import org.vigil.it.support.Signers;
import org.vigil.it.support.StoredObservations;
import org.vigil.it.support.TestDocuments;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.VigilSystem;
import org.vigil.it.support.WildFlyServer;

/**
 * The document server end to end: upload, remote signing with the CLI authenticator approving
 * (PAdES and XAdES LTA, a batch of three with one approval), validation through the API, and the
 * signed PDF checked by tools that share no code with Vigil (poppler's pdfsig, OpenSSL) against
 * the CA certificates fetched from /pki.
 */
@ExtendWith(VigilServerExtension.class)
class DocumentSigningIT {

    private static final Pattern RANGES = Pattern.compile("Signed Ranges: \\[(\\d+) - (\\d+)\\], \\[(\\d+) - (\\d+)\\]");

    @TempDir
    Path home;

    @Test
    void aPdfSignedThroughTheRemoteFlowValidatesAtLtaAndPassesIndependentChecks(WildFlyServer server, MailCatcher mail)
            throws Exception {
        Signer doctor = Signers.create(server, mail, home.resolve("doctor"));
        byte[] pdf = TestDocuments.prescriptionPdf("Amoxicillin 500 mg", 1);
        String id = upload(server, doctor, "Prescription Amoxicillin", pdf, "application/pdf");

        HttpResponse<String> started = postJson(server, doctor, "documents/" + id + "/signatures",
                Map.of("level", "LTA", "reason", "Prescription", "location", "Ward 3"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String requestId = Json.parse(started.body()).get("id").asText();
        assertThat(Json.parse(started.body()).get("status").asText()).isEqualTo("PENDING");

        AuthenticatorCli.Run signedByCli = doctor.cli().run("sign-next", "--binding-message-contains", "Prescription Amoxicillin",
                "--timeout", "30s");
        assertThat(signedByCli.exitCode()).as(signedByCli.output()).isZero();
        assertThat(signedByCli.output()).contains("Prescription Amoxicillin").contains(sha256(pdf)).contains("COMPLETED");
        JsonNode request = Json.parse(get(server, doctor, "signing-requests/" + requestId).body());
        assertThat(request.get("status").asText()).isEqualTo("COMPLETED");

        byte[] signed = download(server, doctor, id);
        assertThat(signed.length).isGreaterThan(pdf.length);
        assertThat(java.util.Arrays.copyOf(signed, pdf.length)).as("the signature only appends").isEqualTo(pdf);
        JsonNode verdict = validate(server, doctor, signed, false).get("signatures").get(0);
        assertThat(verdict.get("indication").asText()).as(verdict.toString()).isEqualTo("TOTAL_PASSED");
        assertThat(verdict.get("format").asText()).isEqualTo("PAdES-BASELINE-LTA");

        HttpResponse<byte[]> rootResponse = Http.sendBytes(HttpRequest.newBuilder(server.baseUrl().resolve("pki/root-ca.cer")).GET());
        assertThat(rootResponse.headers().firstValue("Content-Type")).hasValue("application/pkix-cert");
        HttpResponse<byte[]> issuingResponse = Http.sendBytes(HttpRequest.newBuilder(server.baseUrl().resolve("pki/issuing-ca.cer")).GET());
        Path root = pem("root.pem", rootResponse.body());
        Path issuing = pem("issuing.pem", issuingResponse.body());
        HttpResponse<byte[]> crl = Http.sendBytes(HttpRequest.newBuilder(server.baseUrl().resolve("pki/issuing-ca.crl")).GET());
        assertThat(crl.headers().firstValue("Content-Type")).hasValue("application/pkix-crl");
        assertThat(CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(crl.body()))).isNotNull();

        Path signedFile = Files.write(home.resolve("signed.pdf"), signed);
        String pdfsig = run("pdfsig", signedFile.toString());
        String first = pdfsig.substring(pdfsig.indexOf("Signature #1:"), pdfsig.contains("Signature #2:")
                ? pdfsig.indexOf("Signature #2:") : pdfsig.length());
        assertThat(first).contains("Signer Certificate Common Name: Anna Muster").contains("Signature is Valid.");
        Matcher ranges = RANGES.matcher(first);
        assertThat(ranges.find()).as(first).isTrue();
        long end = Long.parseLong(ranges.group(4));
        assertThat(Long.parseLong(ranges.group(1))).isZero();
        assertThat(new String(signed, (int) end - 7, 7, StandardCharsets.ISO_8859_1)).contains("%%EOF");
        assertThat(end).isGreaterThan(pdf.length);

        try (PDDocument document = Loader.loadPDF(signed)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).extracting(PDSignature::getSubFilter).containsExactly("ETSI.CAdES.detached", "ETSI.RFC3161");
            PDSignature signature = signatures.get(0);
            Path cms = Files.write(home.resolve("signature.p7s"), signature.getContents(signed));
            Path content = Files.write(home.resolve("content.bin"), signature.getSignedContent(signed));
            assertThat(run("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", cms.toString(), "-content",
                    content.toString(), "-CAfile", root.toString(), "-purpose", "any", "-out", home.resolve("out.bin").toString()))
                    .contains("Verification successful");
            SignerInformation signer = new CMSSignedData(signature.getContents(signed)).getSignerInfos().iterator().next();
            byte[] token = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                    .getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded();
            Path tokenFile = Files.write(home.resolve("signature.tst"), token);
            String imprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
            assertThat(run("openssl", "ts", "-verify", "-token_in", "-in", tokenFile.toString(), "-digest", imprint,
                    "-CAfile", root.toString(), "-untrusted", issuing.toString())).contains("Verification: OK");
            PDSignature archive = signatures.get(1);
            Path archiveToken = Files.write(home.resolve("archive.tst"), archive.getContents(signed));
            Path covered = Files.write(home.resolve("covered.bin"), archive.getSignedContent(signed));
            assertThat(run("openssl", "ts", "-verify", "-token_in", "-in", archiveToken.toString(), "-data", covered.toString(),
                    "-CAfile", root.toString(), "-untrusted", issuing.toString())).contains("Verification: OK");
        }

        byte[] altered = signed.clone();
        int stream = indexOf(altered, "stream".getBytes(StandardCharsets.ISO_8859_1)) + 12;
        altered[stream] ^= 0x01;
        JsonNode alteredVerdict = validate(server, doctor, altered, false).get("signatures").get(0);
        assertThat(alteredVerdict.get("indication").asText()).as(alteredVerdict.toString()).isEqualTo("TOTAL_FAILED");
        assertThat(alteredVerdict.get("subIndication").asText()).isEqualTo("HASH_FAILURE");

        HttpResponse<String> locked = Http.send(HttpRequest.newBuilder(Signers.api(server, "documents/" + id + "/content"))
                .header("Authorization", doctor.bearer()).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(pdf)));
        assertProblem(locked, 409, "document-locked");
        JsonNode withReports = validate(server, doctor, signed, true);
        assertThat(withReports.get("simpleReport").asText()).contains("SimpleReport");
        assertThat(withReports.get("detailedReport").asText()).contains("DetailedReport");
    }

    @Test
    @Tag("once") // the signature's format, checked by DSS; the signing path runs on PostgreSQL in the other tests
    void anXmlDocumentIsSignedAtXadesLta(WildFlyServer server, MailCatcher mail) {
        Signer doctor = Signers.create(server, mail, home.resolve("xml"));
        String id = upload(server, doctor, "Prescription XML", TestDocuments.prescriptionXml("Ibuprofen 400 mg"), "application/xml");
        assertThat(postJson(server, doctor, "documents/" + id + "/signatures", Map.of("level", "LTA")).statusCode()).isEqualTo(202);
        AuthenticatorCli.Run run = doctor.cli().run("sign-next", "--binding-message-contains", "Prescription XML", "--timeout", "30s");
        assertThat(run.exitCode()).as(run.output()).isZero();

        byte[] signed = download(server, doctor, id);
        assertThat(new String(signed, StandardCharsets.UTF_8)).contains("Ibuprofen 400 mg").contains("SignatureValue");
        JsonNode verdict = validate(server, doctor, signed, false).get("signatures").get(0);
        assertThat(verdict.get("indication").asText()).as(verdict.toString()).isEqualTo("TOTAL_PASSED");
        assertThat(verdict.get("format").asText()).isEqualTo("XAdES-BASELINE-LTA");
    }

    @Test
    void threePrescriptionsAreSignedWithOneApproval(WildFlyServer server, MailCatcher mail) {
        Signer doctor = Signers.create(server, mail, home.resolve("batch"));
        List<String> ids = new ArrayList<>();
        for (String drug : List.of("Metformin", "Ramipril", "Simvastatin")) {
            ids.add(upload(server, doctor, "Rx " + drug, TestDocuments.prescriptionPdf(drug, 1), "application/pdf"));
        }
        HttpResponse<String> started = postJson(server, doctor, "signing-requests", Map.of("level", "LT", "documents", ids));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);

        AuthenticatorCli.Run requests = doctor.cli().run("requests");
        assertThat(requests.output().lines().filter(l -> l.contains("Sign 3 documents")).count()).as(requests.output()).isEqualTo(1);
        AuthenticatorCli.Run run = doctor.cli().run("sign-next", "--binding-message-contains", "Sign 3 documents", "--timeout", "30s");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Rx Metformin").contains("Rx Ramipril").contains("Rx Simvastatin").contains("Signed 3 document(s)");
        for (String id : ids) {
            JsonNode verdict = validate(server, doctor, download(server, doctor, id), false).get("signatures").get(0);
            assertThat(verdict.get("indication").asText()).as(verdict.toString()).isEqualTo("TOTAL_PASSED");
            assertThat(verdict.get("format").asText()).isEqualTo("PAdES-BASELINE-LT");
        }
        assertThat(doctor.cli().run("sign-next", "--timeout", "2s").exitCode()).as("no second approval is asked for").isNotZero();
    }

    @Test
    void aSignatureByARevokedAuthenticatorAndOneFromAnUnknownCaDoNotPass(WildFlyServer server, MailCatcher mail) throws Exception {
        Signer doctor = Signers.create(server, mail, home.resolve("revoked"));
        String id = upload(server, doctor, "Rx revoked", TestDocuments.prescriptionPdf("Warfarin", 1), "application/pdf");
        assertThat(postJson(server, doctor, "documents/" + id + "/signatures", Map.of("level", "B")).statusCode()).isEqualTo(202);
        assertThat(doctor.cli().run("sign-next", "--binding-message-contains", "Rx revoked", "--timeout", "30s").exitCode()).isZero();
        byte[] signed = download(server, doctor, id);
        assertThat(validate(server, doctor, signed, false).get("signatures").get(0).get("indication").asText())
                .as("a B signature validates against the live OCSP").isEqualTo("TOTAL_PASSED");

        String authenticatorId = authenticatorId(doctor);
        AuthenticatorCli.Run revoked = doctor.cli().run("revoke", authenticatorId);
        assertThat(revoked.exitCode()).as(revoked.output()).isZero();

        JsonNode verdict = validate(server, doctor, signed, false).get("signatures").get(0);
        assertThat(verdict.get("indication").asText()).as(verdict.toString()).isEqualTo("INDETERMINATE");
        assertThat(verdict.get("subIndication").asText()).isEqualTo("REVOKED_NO_POE");

        Signer pharmacist = Signers.create(server, mail, home.resolve("pharmacist"));
        JsonNode foreign = validate(server, pharmacist, signedByUnknownCa(), false).get("signatures").get(0);
        assertThat(foreign.get("indication").asText()).as(foreign.toString()).isEqualTo("INDETERMINATE");
        assertThat(foreign.get("subIndication").asText()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
    }

    @Test
    void aSharedPrescriptionIsCountersignedAndBothSignaturesValidate(WildFlyServer server, MailCatcher mail) throws Exception {
        Signer doctor = Signers.create(server, mail, home.resolve("first-signer"));
        Signer pharmacist = Signers.create(server, mail, home.resolve("countersigner"));
        byte[] pdf = TestDocuments.prescriptionPdf("Insulin glargine", 1);
        String id = upload(server, doctor, "Rx countersigned", pdf, "application/pdf");
        assertThat(postJson(server, doctor, "documents/" + id + "/signatures", Map.of("level", "LTA", "reason", "Prescription"))
                .statusCode()).isEqualTo(202);
        assertThat(doctor.cli().run("sign-next", "--binding-message-contains", "Rx countersigned", "--timeout", "30s").exitCode())
                .isZero();
        byte[] first = download(server, doctor, id);

        assertProblem(postJson(server, pharmacist, "documents/" + id + "/signatures", Map.of("level", "LTA")), 404,
                "unknown-document");
        assertThat(postJson(server, doctor, "documents/" + id + "/shares", Map.of("email", pharmacist.person().email())).statusCode())
                .isEqualTo(200);
        HttpResponse<String> countersign = postJson(server, pharmacist, "documents/" + id + "/signatures",
                Map.of("level", "LTA", "reason", "Dispensed"));
        assertThat(countersign.statusCode()).as(countersign.body()).isEqualTo(202);
        AuthenticatorCli.Run run = pharmacist.cli().run("sign-next", "--binding-message-contains", "Rx countersigned", "--timeout", "30s");
        assertThat(run.exitCode()).as(run.output()).isZero();

        byte[] both = download(server, doctor, id);
        assertThat(java.util.Arrays.copyOf(both, first.length)).as("the countersignature only appends").isEqualTo(first);
        JsonNode verdicts = validate(server, pharmacist, both, false).get("signatures");
        assertThat(verdicts).as(verdicts.toString()).hasSize(2);
        for (JsonNode verdict : verdicts) {
            assertThat(verdict.get("indication").asText()).as(verdict.toString()).isEqualTo("TOTAL_PASSED");
            assertThat(verdict.get("format").asText()).isEqualTo("PAdES-BASELINE-LTA");
        }

        String pdfsig = run("pdfsig", Files.write(home.resolve("countersigned.pdf"), both).toString());
        // pdfsig lists the LTA document timestamps too ("Signature Type: unknown"), but does not check them
        List<String> signatures = java.util.Arrays.stream(pdfsig.split("Signature #\\d+:"))
                .filter(block -> block.contains("Signature Type: ETSI.CAdES.detached")).toList();
        assertThat(signatures).as(pdfsig).hasSize(2).allSatisfy(block -> assertThat(block).contains("Signature is Valid."));
        assertThat(signatures.get(0)).contains("serialNumber=" + doctor.accountId());
        assertThat(signatures.get(1)).contains("serialNumber=" + pharmacist.accountId());
        try (PDDocument document = Loader.loadPDF(both)) {
            assertThat(document.getSignatureDictionaries()).extracting(PDSignature::getSubFilter)
                    .containsExactly("ETSI.CAdES.detached", "ETSI.RFC3161", "ETSI.CAdES.detached", "ETSI.RFC3161");
        }

        HttpResponse<String> replaced = Http.send(HttpRequest.newBuilder(Signers.api(server, "documents/" + id + "/content"))
                .header("Authorization", doctor.bearer()).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(TestDocuments.prescriptionPdf("Insulin lispro", 1))));
        assertProblem(replaced, 409, "document-locked");
        assertThat(download(server, doctor, id)).as("nothing changed").isEqualTo(both);
    }

    @Test
    @Tag("once") // the signature's format, checked by DSS; the signing path runs on PostgreSQL in the other tests
    void aVisibleSignatureRequestedOverRestHasAnAppearanceAndValidates(WildFlyServer server, MailCatcher mail) throws Exception {
        Signer doctor = Signers.create(server, mail, home.resolve("visible"));
        String id = upload(server, doctor, "Rx visible", TestDocuments.prescriptionPdf("Atorvastatin", 2), "application/pdf");
        assertProblem(postJson(server, doctor, "documents/" + id + "/signatures", Map.of("level", "LT",
                "visible", Map.of("page", 0, "x", 320, "y", 680, "width", 230, "height", 60))), 400, null);
        assertProblem(postJson(server, doctor, "documents/" + id + "/signatures", Map.of("level", "LT",
                "visible", Map.of("page", 3, "x", 320, "y", 680, "width", 230, "height", 60))), 400, null);

        HttpResponse<String> started = postJson(server, doctor, "documents/" + id + "/signatures", Map.of("level", "LT",
                "reason", "Prescription", "visible", Map.of("page", 2, "x", 320, "y", 680, "width", 230, "height", 60)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        AuthenticatorCli.Run run = doctor.cli().run("sign-next", "--binding-message-contains", "Rx visible", "--timeout", "30s");
        assertThat(run.exitCode()).as(run.output()).isZero();

        byte[] signed = download(server, doctor, id);
        JsonNode verdict = validate(server, doctor, signed, false).get("signatures").get(0);
        assertThat(verdict.get("indication").asText()).as(verdict.toString()).isEqualTo("TOTAL_PASSED");
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignatureField field = document.getDocumentCatalog().getAcroForm().getFields().stream()
                    .filter(PDSignatureField.class::isInstance).map(PDSignatureField.class::cast).findFirst().orElseThrow();
            PDAnnotationWidget widget = field.getWidgets().get(0);
            assertThat(widget.getPage()).isEqualTo(document.getPage(1));
            assertThat(widget.getRectangle().getWidth()).isEqualTo(230f);
            assertThat(widget.getRectangle().getHeight()).isEqualTo(60f);
            PDAppearanceStream appearance = widget.getNormalAppearanceStream();
            assertThat(appearance).as("the widget has an appearance stream").isNotNull();
            List<PDFont> fonts = new ArrayList<>();
            collectFonts(appearance.getResources(), fonts, 0);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("a subset font (ISO 32000-1, 9.6.4)").matches("[A-Z]{6}\\+.*");
            });
        }
    }

    /** H2 locks its file while the server runs, so the lost revocation can only be staged on PostgreSQL. */
    @Test
    @Tag("postgresql-only")
    void aSigningCertificateLeftValidAfterItsAuthenticatorWasRevokedIsRevokedByTheReconciler(VigilSystem system, MailCatcher mail)
            throws Exception {
        assertThat(system.postgres()).as("only the PostgreSQL pass runs this test").isPresent();
        WildFlyServer server = system.server();
        Signer doctor = Signers.create(server, mail, home.resolve("reconciled"));
        String id = upload(server, doctor, "Rx reconciled", TestDocuments.prescriptionPdf("Digoxin", 1), "application/pdf");
        assertThat(postJson(server, doctor, "documents/" + id + "/signatures", Map.of("level", "B")).statusCode()).isEqualTo(202);
        assertThat(doctor.cli().run("sign-next", "--binding-message-contains", "Rx reconciled", "--timeout", "30s").exitCode())
                .isZero();
        byte[] signed = download(server, doctor, id);
        String authenticatorId = authenticatorId(doctor);
        assertThat(doctor.cli().run("revoke", authenticatorId).exitCode()).isZero();
        assertThat(revokedCertificates(system, authenticatorId)).as("revoked with the authenticator").isEqualTo(1);

        // What an older server's lost second transaction left behind: the authenticator revoked, its certificate not.
        try (Connection db = StoredObservations.connect(system); PreparedStatement undo = db.prepareStatement(
                "UPDATE doc_issued_certificate SET revoked_at = NULL, revocation_reason = NULL WHERE authenticator_id = ?")) {
            undo.setObject(1, java.util.UUID.fromString(authenticatorId));
            assertThat(undo.executeUpdate()).isEqualTo(1);
        }
        // the first pass runs a minute after start, then every 2 s (VigilSystem)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (revokedCertificates(system, authenticatorId) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(revokedCertificates(system, authenticatorId)).as("revoked again by the reconciler").isEqualTo(1);
        JsonNode verdict = validate(server, doctor, signed, false).get("signatures").get(0);
        assertThat(verdict.get("indication").asText()).as(verdict.toString()).isEqualTo("INDETERMINATE");
        assertThat(verdict.get("subIndication").asText()).isEqualTo("REVOKED_NO_POE");
    }

    @Test
    void badInputGetsProblemDetailsAndOthersCannotRead(WildFlyServer server, MailCatcher mail) throws Exception {
        Signer owner = Signers.create(server, mail, home.resolve("owner"));
        Signer stranger = Signers.create(server, mail, home.resolve("stranger"));
        byte[] pdf = TestDocuments.prescriptionPdf("Paracetamol", 1);

        assertProblem(uploadResponse(server, owner, "Notes", "just some text".getBytes(StandardCharsets.UTF_8), "text/plain"), 415,
                "unsupported-document");
        assertProblem(uploadResponse(server, owner, "Cut", java.util.Arrays.copyOf(pdf, pdf.length / 2), "application/pdf"), 400,
                "invalid-document");
        assertProblem(uploadResponse(server, owner, "Broken", "<a><b></a>".getBytes(StandardCharsets.UTF_8), "application/xml"), 400,
                "invalid-document");
        DeclaredUpload.Answer huge = DeclaredUpload.post(Signers.api(server, "documents?title=Huge"), owner.bearer(), "application/pdf",
                100L * 1024 * 1024);
        assertThat(huge.status()).as(huge.body()).isEqualTo(413);
        assertThat(huge.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(Json.parse(huge.body()).get("type").asText()).isEqualTo("urn:vigil:problem:document-too-large");
        assertProblem(validateResponse(server, owner, pdf), 422, "no-signatures");
        assertProblem(validateResponse(server, owner, "%PDF-1.7 nothing".getBytes(StandardCharsets.US_ASCII)), 400, "invalid-document");

        String id = upload(server, owner, "Private", pdf, "application/pdf");
        assertProblem(get(server, stranger, "documents/" + id), 404, "unknown-document");
        assertProblem(postJson(server, stranger, "documents/" + id + "/signatures", Map.of("level", "B")), 404, "unknown-document");
        assertThat(postJson(server, owner, "documents/" + id + "/shares", Map.of("email", stranger.person().email())).statusCode())
                .isEqualTo(200);
        assertThat(get(server, stranger, "documents/" + id).statusCode()).isEqualTo(200);
        assertThat(Json.parse(get(server, stranger, "documents").body()).findValuesAsText("id")).contains(id);
        assertProblem(postJson(server, owner, "documents/" + id + "/signatures", Map.of("level", "XL")), 400, null);
        CareWorld.Person viaOutsideApp = new CareWorld(server, mail).personViaOutsideApp("doctor");
        assertProblem(Http.send(HttpRequest.newBuilder(Signers.api(server, "documents")).header("Authorization", "Bearer " + viaOutsideApp.token())
                .GET()), 403, "forbidden");
        assertThat(Http.get(Signers.api(server, "info")).statusCode()).as("the server stays healthy").isEqualTo(200);
    }

    // ------------------------------------------------------------------ helpers

    private static int revokedCertificates(VigilSystem system, String authenticatorId) throws Exception {
        try (Connection db = StoredObservations.connect(system); PreparedStatement select = db.prepareStatement(
                "SELECT COUNT(*) FROM doc_issued_certificate WHERE authenticator_id = ? AND revoked_at IS NOT NULL")) {
            select.setObject(1, java.util.UUID.fromString(authenticatorId));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts, int depth) throws Exception {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, depth + 1);
            }
        }
    }

    private static String upload(WildFlyServer server, Signer signer, String title, byte[] content, String type) {
        HttpResponse<String> response = uploadResponse(server, signer, title, content, type);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.parse(response.body()).get("id").asText();
    }

    private static HttpResponse<String> uploadResponse(WildFlyServer server, Signer signer, String title, byte[] content, String type) {
        return Http.send(HttpRequest.newBuilder(Signers.api(server, "documents?title="
                        + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8)))
                .header("Authorization", signer.bearer()).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    private static HttpResponse<String> postJson(WildFlyServer server, Signer signer, String path, Map<String, ?> body) {
        return Http.send(HttpRequest.newBuilder(Signers.api(server, path)).header("Authorization", signer.bearer())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }

    private static HttpResponse<String> get(WildFlyServer server, Signer signer, String path) {
        return Http.send(HttpRequest.newBuilder(Signers.api(server, path)).header("Authorization", signer.bearer()).GET());
    }

    private static byte[] download(WildFlyServer server, Signer signer, String id) {
        HttpResponse<byte[]> response = Http.sendBytes(HttpRequest.newBuilder(Signers.api(server, "documents/" + id + "/content"))
                .header("Authorization", signer.bearer()).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> validateResponse(WildFlyServer server, Signer signer, byte[] document) {
        return Http.send(HttpRequest.newBuilder(Signers.api(server, "validation")).header("Authorization", signer.bearer())
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(document)));
    }

    private static JsonNode validate(WildFlyServer server, Signer signer, byte[] document, boolean reports) {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(Signers.api(server, "validation?reports=" + reports))
                .header("Authorization", signer.bearer()).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(document)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        if (type != null) {
            assertThat(Json.parse(response.body()).get("type").asText()).isEqualTo("urn:vigil:problem:" + type);
        }
    }

    private static String authenticatorId(Signer signer) throws Exception {
        java.util.Properties state = new java.util.Properties();
        Path file = signer.cli().statePath();
        try (var in = Files.newInputStream(file)) {
            state.load(in);
        }
        return state.getProperty("authenticatorId");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private Path pem(String name, byte[] der) throws Exception {
        return Files.writeString(home.resolve(name), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n");
    }

    private String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
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

    /**
     * A PAdES-B PDF signed under a CA of its own, which Vigil has never heard of: its certificates made with BouncyCastle,
     * its signature with DSS, independent peers that know nothing of Vigil's document server.
     */
    private byte[] signedByUnknownCa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair caKeys = generator.generateKeyPair();
        KeyPair device = generator.generateKeyPair();
        X500Name caName = new X500Name("CN=Elsewhere Root CA,O=Elsewhere,C=AT");
        X509Certificate ca = certificate(caName, caKeys.getPublic(), caName, caKeys.getPrivate(), true);
        X509Certificate eve = certificate(new X500Name("CN=Eve Elsewhere,GIVENNAME=Eve,SURNAME=Elsewhere,C=AT"), device.getPublic(),
                caName, caKeys.getPrivate(), false);
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(eve));
        parameters.setCertificateChain(List.of(new CertificateToken(ca)));
        parameters.setReason("Foreign");
        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        DSSDocument pdf = new InMemoryDocument(TestDocuments.prescriptionPdf("Elsewhere", 1));
        // the same parameters (signing date included) for both steps, as DSS requires
        ToBeSigned toBeSigned = service.getDataToSign(pdf, parameters);
        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
        ecdsa.initSign(device.getPrivate());
        ecdsa.update(toBeSigned.getBytes());
        DSSDocument signed = service.signDocument(pdf, parameters, new SignatureValue(SignatureAlgorithm.ECDSA_SHA256, ecdsa.sign()));
        try (InputStream in = signed.openStream()) {
            return in.readAllBytes();
        }
    }

    private static X509Certificate certificate(X500Name subject, PublicKey key, X500Name issuer, PrivateKey issuerKey, boolean ca)
            throws Exception {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(30))), subject, key);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }
}
