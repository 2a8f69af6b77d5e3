package org.vigil.documents.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;

import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.testsupport.SoftHsmToken;

/** The PKI's keys inside a real SoftHSM2 token: generated there, used there, never extractable. */
class Pkcs11TrustKeyStoreTest {

    @TempDir
    Path directory;

    @Test
    void theHierarchyLivesInTheTokenAndSignsFromIt() throws Exception {
        SoftHsmToken token = SoftHsmToken.initialise(directory, "vigil-trust");
        PkiUrls urls = PkiUrls.under(URI.create("https://vigil.example.org/pki"));
        CertificateRegistry registry = new InMemoryCertificateRegistry();
        TrustHierarchy hierarchy = TrustHierarchy.openOrCreate(
                TrustKeyStore.pkcs11(token.configuration(), SoftHsmToken.PIN.toCharArray()), urls, "Vigil", "AT",
                registry, Clock.systemUTC());

        for (CertifiedKey key : java.util.List.of(hierarchy.root(), hierarchy.issuingCa(), hierarchy.timestampAuthority(),
                hierarchy.ocspSigner())) {
            assertThat(key.privateKey().getEncoded()).as("token keys are not extractable").isNull();
            assertThat(key.provider().getName()).startsWith("SunPKCS11");
        }
        TrustHierarchyTest.assertChainsTo(hierarchy.trustAnchor(), hierarchy.ocspSigner().chain());

        var device = TestPki.deviceKey();
        var certificate = new CertificateAuthority(hierarchy.issuingCa(), urls, registry, Clock.systemUTC(), "AT")
                .issueSigningCertificate(new SigningCertificateRequest(device.getPublic(),
                        new PersonName("Anna", "Gruber"), "acct-1", Duration.ofDays(365)));
        certificate.verify(hierarchy.issuingCa().certificate().getPublicKey());

        byte[] imprint = MessageDigest.getInstance("SHA-256").digest(new byte[] {42});
        TimeStampRequest request = new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA256, imprint, BigInteger.TEN);
        TimeStampResponse response = new TimeStampResponse(new TimestampAuthority(hierarchy.timestampAuthority(),
                TestPki.TSA_POLICY, Clock.systemUTC()).respond(request.getEncoded()));
        assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
        response.getTimeStampToken().validate(new JcaSimpleSignerInfoVerifierBuilder()
                .build(hierarchy.timestampAuthority().certificate()));

        TrustHierarchy reopened = TrustHierarchy.openOrCreate(
                TrustKeyStore.pkcs11(token.configuration(), SoftHsmToken.PIN.toCharArray()), urls, "Vigil", "AT",
                new InMemoryCertificateRegistry(), Clock.systemUTC());
        assertThat(reopened.trustAnchor()).isEqualTo(hierarchy.trustAnchor());
        assertThat(reopened.issuingCa().certificate()).isEqualTo(hierarchy.issuingCa().certificate());
    }
}
