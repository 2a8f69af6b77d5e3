package org.vigil.documents.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.vigil.documents.dss.DssConfiguration;
import org.vigil.documents.signing.DataToSign;
import org.vigil.documents.signing.PadesRemoteSigner;
import org.vigil.documents.signing.SignatureLevel;
import org.vigil.documents.signing.SignatureOptions;
import org.vigil.documents.signing.SignatureValueEncoding;
import org.vigil.documents.signing.SigningException;
import org.vigil.documents.testing.Device;
import org.vigil.documents.testing.TestPdfs;
import org.vigil.documents.testing.TrustServicesServer;
import org.vigil.documents.trust.RevocationReason;
import org.vigil.documents.trust.TestPki;

class SignatureValidatorTest {

    @TempDir
    static Path directory;

    private static TrustServicesServer services;
    private static PadesRemoteSigner signer;
    private static SignatureValidator validator;
    private static KeyPair device;
    private static X509Certificate certificate;

    @BeforeAll
    static void start() throws Exception {
        services = TrustServicesServer.start(directory);
        List<X509Certificate> anchors = List.of(services.pki.hierarchy.trustAnchor());
        signer = new PadesRemoteSigner(DssConfiguration.online(anchors), services.tsaUrl(), Clock.systemUTC());
        validator = new SignatureValidator(DssConfiguration.online(anchors));
        device = TestPki.deviceKey();
        certificate = services.pki.issueFor(device, "Anna", "Gruber");
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void aPdfAlteredAfterSigningFailsWithHashFailure() {
        byte[] signed = sign(TestPdfs.prescription(1), SignatureLevel.LTA, device, chainOf(certificate));
        byte[] altered = signed.clone();
        int position = indexOf(altered, "/MediaBox".getBytes(StandardCharsets.ISO_8859_1)) + 12;
        altered[position] = altered[position] == '0' ? (byte) '1' : (byte) '0';

        SignatureVerdict verdict = validator.validate(altered, false).signatures().get(0);

        assertThat(verdict.indication()).as(verdict.toString()).isEqualTo("TOTAL_FAILED");
        assertThat(verdict.subIndication()).isEqualTo("HASH_FAILURE");
    }

    @Test
    void aBrokenArchiveTimestampIsAnErrorOfTheSignatureInTheSummary() {
        byte[] signed = sign(TestPdfs.prescription(1), SignatureLevel.LTA, device, chainOf(certificate));
        SignatureVerdict intact = validator.validate(signed, false).signatures().get(0);
        assertThat(intact.errors()).as(intact.toString()).noneMatch(e -> e.contains("timestamp"));

        byte[] broken = signed.clone();
        // the document timestamp is the last /Contents of an LTA PDF: flip a hex digit of its token's signature value
        int contents = lastIndexOf(broken, "/Contents <".getBytes(StandardCharsets.ISO_8859_1)) + "/Contents <".length();
        int end = contents;
        while (broken[end] != '>') {
            end++;
        }
        int lastData = end - 1;
        while (broken[lastData] == '0') {
            lastData--;
        }
        int flip = lastData - 12;
        broken[flip] = broken[flip] == 'a' ? (byte) 'b' : (byte) 'a';

        SignatureVerdict verdict = validator.validate(broken, false).signatures().get(0);

        assertThat(verdict.errors()).as(verdict.toString()).anyMatch(e -> e.contains("timestamp") && e.contains("failed validation"));
    }

    private static int lastIndexOf(byte[] data, byte[] pattern) {
        for (int i = data.length - pattern.length; i >= 0; i--) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    @Test
    void aSignatureByACertificateRevokedBeforeAnyProofOfExistenceIsIndeterminate() {
        KeyPair lostDevice = TestPki.deviceKey();
        X509Certificate lost = services.pki.issueFor(lostDevice, "Ben", "Huber");
        byte[] signed = sign(TestPdfs.prescription(1), SignatureLevel.B, lostDevice, chainOf(lost));
        services.pki.ca.revoke(lost.getSerialNumber(), RevocationReason.KEY_COMPROMISE);

        SignatureVerdict verdict = validator.validate(signed, false).signatures().get(0);

        assertThat(verdict.indication()).as(verdict.toString()).isEqualTo("INDETERMINATE");
        assertThat(verdict.subIndication()).isEqualTo("REVOKED_NO_POE");
    }

    @Test
    void signingWithARevokedCertificateIsRefused() {
        KeyPair lostDevice = TestPki.deviceKey();
        X509Certificate lost = services.pki.issueFor(lostDevice, "Carla", "Maier");
        services.pki.ca.revoke(lost.getSerialNumber(), RevocationReason.CESSATION_OF_OPERATION);

        assertThatThrownBy(() -> sign(TestPdfs.prescription(1), SignatureLevel.LT, lostDevice, chainOf(lost)))
                .isInstanceOf(SigningException.class);
    }

    @Test
    void aCertificateFromAnUnknownCaFindsNoChain() throws Exception {
        try (TrustServicesServer stranger = TrustServicesServer.start(Files.createDirectories(directory.resolve("other")))) {
            KeyPair strangerDevice = TestPki.deviceKey();
            List<X509Certificate> strangerChain = new ArrayList<>();
            strangerChain.add(stranger.pki.issueFor(strangerDevice, "Eve", "Unknown"));
            strangerChain.addAll(stranger.pki.ca.chain());
            PadesRemoteSigner strangerSigner = new PadesRemoteSigner(
                    DssConfiguration.online(List.of(stranger.pki.hierarchy.trustAnchor())), stranger.tsaUrl(),
                    Clock.systemUTC());
            byte[] pdf = TestPdfs.prescription(1);
            DataToSign data = strangerSigner.dataToSign(pdf, strangerChain, SignatureOptions.of(SignatureLevel.LT, null));
            byte[] signed = strangerSigner.complete(pdf, data.session(), Device.signDer(strangerDevice, data.bytes()),
                    SignatureValueEncoding.DER);

            SignatureVerdict verdict = validator.validate(signed, false).signatures().get(0);

            assertThat(verdict.indication()).as(verdict.toString()).isEqualTo("INDETERMINATE");
            assertThat(verdict.subIndication()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");

            SignatureValidator trustingBoth = new SignatureValidator(DssConfiguration.online(List.of(
                    services.pki.hierarchy.trustAnchor(), stranger.pki.hierarchy.trustAnchor())));
            assertThat(trustingBoth.validate(signed, false).signatures().get(0).indication())
                    .as("an extra trust anchor makes it pass").isEqualTo("TOTAL_PASSED");
        }
    }

    @Test
    void reportsAreIncludedOnlyOnRequest() {
        byte[] signed = sign(TestPdfs.prescription(1), SignatureLevel.T, device, chainOf(certificate));

        ValidationReport plain = validator.validate(signed, false);
        ValidationReport full = validator.validate(signed, true);

        assertThat(plain.simpleReport()).isEmpty();
        assertThat(plain.detailedReport()).isEmpty();
        assertThat(full.simpleReport()).hasValueSatisfying(xml -> assertThat(xml).contains("SimpleReport")
                .contains("TOTAL_PASSED"));
        assertThat(full.detailedReport()).hasValueSatisfying(xml -> assertThat(xml).contains("DetailedReport"));
        assertThat(full.signatures().get(0).bestSignatureTime()).isNotNull();
    }

    @Test
    void aPdfWithoutSignaturesHasNoVerdicts() {
        assertThat(validator.validate(TestPdfs.prescription(1), false).signatures()).isEmpty();
    }

    @Test
    void bytesThatAreNoDocumentAreRefusedClearly() {
        assertThatThrownBy(() -> validator.validate("hello, not a PDF".getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOf(UnsupportedDocumentException.class);
        byte[] truncated = Arrays.copyOf(TestPdfs.prescription(1), 200);
        assertThatThrownBy(() -> validator.validate(truncated, false))
                .isInstanceOf(UnsupportedDocumentException.class);
    }

    private static byte[] sign(byte[] pdf, SignatureLevel level, KeyPair key, List<X509Certificate> chain) {
        DataToSign data = signer.dataToSign(pdf, chain, SignatureOptions.of(level, "Prescription"));
        return signer.complete(pdf, data.session(), Device.signDer(key, data.bytes()), SignatureValueEncoding.DER);
    }

    private static List<X509Certificate> chainOf(X509Certificate leaf) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(leaf);
        chain.addAll(services.pki.ca.chain());
        return chain;
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
