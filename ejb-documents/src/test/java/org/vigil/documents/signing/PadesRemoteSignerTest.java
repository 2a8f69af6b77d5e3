package org.vigil.documents.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.documents.domain.DocumentContent;
import org.vigil.documents.dss.DssConfiguration;
import org.vigil.documents.testing.Device;
import org.vigil.documents.testing.TestPdfs;
import org.vigil.documents.testing.TrustServicesServer;
import org.vigil.documents.validation.SignatureValidator;
import org.vigil.documents.validation.SignatureVerdict;
import org.vigil.documents.validation.ValidationReport;

class PadesRemoteSignerTest {

    @TempDir
    static Path directory;

    private static TrustServicesServer services;
    private static PadesRemoteSigner signer;
    private static SignatureValidator onlineValidator;
    private static SignatureValidator offlineValidator;
    private static KeyPair device;
    private static List<X509Certificate> chain;

    @BeforeAll
    static void startTrustServices() throws Exception {
        services = TrustServicesServer.start(directory);
        List<X509Certificate> anchors = List.of(services.pki.hierarchy.trustAnchor());
        signer = new PadesRemoteSigner(DssConfiguration.online(anchors), services.tsaUrl(), Clock.systemUTC());
        onlineValidator = new SignatureValidator(DssConfiguration.online(anchors));
        offlineValidator = new SignatureValidator(DssConfiguration.offline(anchors));
        device = org.vigil.documents.trust.TestPki.deviceKey();
        chain = chainOf(services.pki.issueFor(device, "Anna", "Gruber"));
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void baselineBWithADerValuePassesOnline() {
        byte[] pdf = TestPdfs.prescription(1);
        DataToSign data = signer.dataToSign(pdf, chain, SignatureOptions.of(SignatureLevel.B, "Prescription"));

        byte[] signed = signer.complete(pdf, data.session(), Device.signDer(device, data.bytes()),
                SignatureValueEncoding.DER);

        assertThat(Arrays.copyOf(signed, pdf.length)).as("an incremental update keeps the original bytes").isEqualTo(pdf);
        assertThat(DocumentContent.unsigned(pdf).withSignature(signed).signatures()).isEqualTo(1);
        SignatureVerdict verdict = only(onlineValidator.validate(signed, false));
        assertThat(verdict.indication()).as(verdict.toString()).isEqualTo("TOTAL_PASSED");
        assertThat(verdict.format()).isEqualTo("PAdES-BASELINE-B");
        assertThat(verdict.signedBy()).isEqualTo("Anna Gruber");
    }

    @Test
    void aP1363ValueLabelledPlainEcdsaPassesAtT() {
        byte[] pdf = TestPdfs.prescription(1);
        DataToSign data = signer.dataToSign(pdf, chain, SignatureOptions.of(SignatureLevel.T, "Prescription"));
        byte[] raw = Device.signP1363(device, data.bytes());
        assertThat(raw).hasSize(64);

        byte[] signed = signer.complete(pdf, data.session(), raw, SignatureValueEncoding.P1363);

        SignatureVerdict verdict = only(onlineValidator.validate(signed, false));
        assertThat(verdict.indication()).as(verdict.toString()).isEqualTo("TOTAL_PASSED");
        assertThat(verdict.format()).isEqualTo("PAdES-BASELINE-T");
    }

    @Test
    void aValueLabelledWithTheWrongEncodingIsRefusedBeforeAnythingIsEmbedded() {
        byte[] pdf = TestPdfs.prescription(1);
        DataToSign data = signer.dataToSign(pdf, chain, SignatureOptions.of(SignatureLevel.B, null));

        assertThatThrownBy(() -> signer.complete(pdf, data.session(), Device.signP1363(device, data.bytes()),
                SignatureValueEncoding.DER)).isInstanceOf(InvalidSignatureValueException.class);
        assertThatThrownBy(() -> signer.complete(pdf, data.session(), Device.signDer(device, data.bytes()),
                SignatureValueEncoding.P1363)).isInstanceOf(InvalidSignatureValueException.class);
        KeyPair otherDevice = org.vigil.documents.trust.TestPki.deviceKey();
        assertThatThrownBy(() -> signer.complete(pdf, data.session(), Device.signDer(otherDevice, data.bytes()),
                SignatureValueEncoding.DER)).isInstanceOf(InvalidSignatureValueException.class);
    }

    /** The trap: a session rebuilt with another signing date would embed a signature that fails. */
    @Test
    void aSessionWithAnotherSigningDateIsRefusedNotSilentlyEmbedded() {
        byte[] pdf = TestPdfs.prescription(1);
        DataToSign data = signer.dataToSign(pdf, chain, SignatureOptions.of(SignatureLevel.B, "Prescription"));
        byte[] value = Device.signDer(device, data.bytes());
        SigningSession s = data.session();
        SigningSession rebuilt = new SigningSession(s.documentSha256(), s.level(), s.signingTime().plusSeconds(1),
                s.chain(), s.reason(), s.location(), s.visible(), s.contentSize());

        assertThatThrownBy(() -> signer.complete(pdf, rebuilt, value, SignatureValueEncoding.DER))
                .isInstanceOf(InvalidSignatureValueException.class);
    }

    @Test
    void theSessionSurvivesItsTextFormAndCompletesLikeTheOriginal() {
        byte[] pdf = TestPdfs.prescription(1);
        VisibleSignature box = new VisibleSignature(1, 300, 700, 220, 60);
        DataToSign data = signer.dataToSign(pdf, chain, new SignatureOptions(SignatureLevel.B, "Prescription Ä/€",
                "Wien", box));

        SigningSession restored = SigningSession.decode(data.session().encode());

        assertThat(restored.encode()).isEqualTo(data.session().encode());
        assertThat(restored.signingTime()).isEqualTo(data.session().signingTime());
        byte[] signed = signer.complete(pdf, restored, Device.signDer(device, data.bytes()), SignatureValueEncoding.DER);
        assertThat(only(onlineValidator.validate(signed, false)).passed()).isTrue();
    }

    @Test
    void aDocumentOtherThanStepOnesIsRefused() {
        byte[] pdf = TestPdfs.prescription(1);
        DataToSign data = signer.dataToSign(pdf, chain, SignatureOptions.of(SignatureLevel.B, null));

        assertThatThrownBy(() -> signer.complete(TestPdfs.prescription(2), data.session(),
                Device.signDer(device, data.bytes()), SignatureValueEncoding.DER))
                .isInstanceOf(SigningException.class).hasMessageContaining("not the one");
    }

    @Test
    void longTermLevelsEmbedRevocationDataAndPassOffline() {
        for (SignatureLevel level : List.of(SignatureLevel.LT, SignatureLevel.LTA)) {
            int ocspBefore = services.ocspRequests();
            int timestampsBefore = services.timestampRequests();

            byte[] signed = sign(TestPdfs.prescription(1), level, device, chain);

            assertThat(services.ocspRequests()).as("revocation data came from Vigil's OCSP responder")
                    .isGreaterThan(ocspBefore);
            assertThat(services.timestampRequests() - timestampsBefore).as("timestamps from Vigil's TSA")
                    .isEqualTo(level == SignatureLevel.LTA ? 2 : 1);

            SignatureVerdict verdict = only(offlineValidator.validate(signed, false));
            assertThat(verdict.indication()).as(level + ": " + verdict).isEqualTo("TOTAL_PASSED");
            assertThat(verdict.format()).isEqualTo("PAdES-BASELINE-" + level);
        }
    }

    @Test
    void withoutTimestampOrRevocationDataOfflineValidationCannotConclude() {
        byte[] signed = sign(TestPdfs.prescription(1), SignatureLevel.B, device, chain);

        SignatureVerdict verdict = only(offlineValidator.validate(signed, false));

        assertThat(verdict.indication()).isEqualTo("INDETERMINATE");
    }

    @Test
    void severalSignersInSequenceEachPass() {
        KeyPair secondDevice = org.vigil.documents.trust.TestPki.deviceKey();
        List<X509Certificate> secondChain = chainOf(services.pki.issueFor(secondDevice, "Ben", "Huber"));

        byte[] once = sign(TestPdfs.prescription(2), SignatureLevel.LT, device, chain);
        byte[] twice = sign(once, SignatureLevel.LTA, secondDevice, secondChain);

        List<SignatureVerdict> verdicts = offlineValidator.validate(twice, false).signatures();
        assertThat(verdicts).extracting(SignatureVerdict::signedBy).containsExactlyInAnyOrder("Anna Gruber", "Ben Huber");
        assertThat(verdicts).allSatisfy(v -> assertThat(v.indication()).as(v.toString()).isEqualTo("TOTAL_PASSED"));
    }

    static byte[] sign(byte[] pdf, SignatureLevel level, KeyPair key, List<X509Certificate> signerChain) {
        DataToSign data = signer.dataToSign(pdf, signerChain, SignatureOptions.of(level, "Prescription"));
        return signer.complete(pdf, data.session(), Device.signDer(key, data.bytes()), SignatureValueEncoding.DER);
    }

    static List<X509Certificate> chainOf(X509Certificate certificate) {
        List<X509Certificate> result = new ArrayList<>();
        result.add(certificate);
        result.addAll(services.pki.ca.chain());
        return result;
    }

    private static SignatureVerdict only(ValidationReport report) {
        assertThat(report.signatures()).hasSize(1);
        return report.signatures().get(0);
    }
}
