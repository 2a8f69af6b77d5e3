package org.vigil.documents.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.documents.dss.DssConfiguration;
import org.vigil.documents.testing.Device;
import org.vigil.documents.testing.TrustServicesServer;
import org.vigil.documents.trust.TestPki;
import org.vigil.documents.validation.SignatureValidator;
import org.vigil.documents.validation.SignatureVerdict;

class XadesRemoteSignerTest {

    private static final byte[] XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <prescription xmlns="urn:vigil:prescription"><patient>P-0042</patient>\
            <item>Amoxicillin 500 mg, 3 x daily, 7 days</item></prescription>
            """.getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path directory;

    private static TrustServicesServer services;
    private static XadesRemoteSigner signer;
    private static SignatureValidator offlineValidator;
    private static KeyPair device;
    private static List<X509Certificate> chain;

    @BeforeAll
    static void start() throws Exception {
        services = TrustServicesServer.start(directory);
        List<X509Certificate> anchors = List.of(services.pki.hierarchy.trustAnchor());
        signer = new XadesRemoteSigner(DssConfiguration.online(anchors), services.tsaUrl(), Clock.systemUTC());
        offlineValidator = new SignatureValidator(DssConfiguration.offline(anchors));
        device = TestPki.deviceKey();
        chain = new ArrayList<>();
        chain.add(services.pki.issueFor(device, "Anna", "Gruber"));
        chain.addAll(services.pki.ca.chain());
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void envelopedLtaFromADerValuePassesOffline() {
        DataToSign data = signer.dataToSign(XML, chain, SignatureLevel.LTA);
        SigningSession restored = SigningSession.decode(data.session().encode());

        byte[] signed = signer.complete(XML, restored, Device.signDer(device, data.bytes()), SignatureValueEncoding.DER);

        assertThat(new String(signed, StandardCharsets.UTF_8)).startsWith("<?xml").contains("<prescription")
                .contains("Signature");
        SignatureVerdict verdict = offlineValidator.validate(signed, false).signatures().get(0);
        assertThat(verdict.indication()).as(verdict.toString()).isEqualTo("TOTAL_PASSED");
        assertThat(verdict.format()).isEqualTo("XAdES-BASELINE-LTA");
    }

    @Test
    void aP1363ValueLabelledPlainPassesAndMislabelledIsRefused() {
        DataToSign data = signer.dataToSign(XML, chain, SignatureLevel.LT);
        byte[] raw = Device.signP1363(device, data.bytes());

        assertThatThrownBy(() -> signer.complete(XML, data.session(), raw, SignatureValueEncoding.DER))
                .isInstanceOf(InvalidSignatureValueException.class);
        byte[] signed = signer.complete(XML, data.session(), raw, SignatureValueEncoding.P1363);

        SignatureVerdict verdict = offlineValidator.validate(signed, false).signatures().get(0);
        assertThat(verdict.indication()).as(verdict.toString()).isEqualTo("TOTAL_PASSED");
        assertThat(verdict.format()).isEqualTo("XAdES-BASELINE-LT");
    }

    @Test
    void alteredXmlFails() {
        DataToSign data = signer.dataToSign(XML, chain, SignatureLevel.LT);
        String signed = new String(signer.complete(XML, data.session(), Device.signDer(device, data.bytes()),
                SignatureValueEncoding.DER), StandardCharsets.UTF_8);

        byte[] altered = signed.replace("500 mg", "900 mg").getBytes(StandardCharsets.UTF_8);

        SignatureVerdict verdict = offlineValidator.validate(altered, false).signatures().get(0);
        assertThat(verdict.indication()).isEqualTo("TOTAL_FAILED");
        assertThat(verdict.subIndication()).isEqualTo("HASH_FAILURE");
    }
}
