package org.vigil.documents.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrlPublisherTest {

    @TempDir
    Path directory;

    @Test
    void listsRevokedCertificatesOfItsCaWithReasonSignedByTheCa() throws Exception {
        TestPki pki = TestPki.create(directory, URI.create("http://127.0.0.1:1/pki"));
        X509Certificate kept = pki.issueFor(TestPki.deviceKey(), "Anna", "Gruber");
        X509Certificate lost = pki.issueFor(TestPki.deviceKey(), "Ben", "Huber");
        pki.ca.revoke(lost.getSerialNumber(), RevocationReason.KEY_COMPROMISE);

        X509CRL crl = pki.issuingCaCrl().currentCrl();

        crl.verify(pki.hierarchy.issuingCa().certificate().getPublicKey());
        assertThat(crl.getIssuerX500Principal()).isEqualTo(pki.hierarchy.issuingCa().certificate().getSubjectX500Principal());
        assertThat(crl.isRevoked(lost)).isTrue();
        assertThat(crl.isRevoked(kept)).isFalse();
        X509CRLEntry entry = crl.getRevokedCertificate(lost.getSerialNumber());
        assertThat(entry.getRevocationReason()).isEqualTo(java.security.cert.CRLReason.KEY_COMPROMISE);
        assertThat(Duration.between(crl.getThisUpdate().toInstant(), crl.getNextUpdate().toInstant()))
                .isEqualTo(Duration.ofDays(1));
    }

    @Test
    void theRootsCrlCoversTheIssuingCaAndNumbersGrow() throws Exception {
        TestPki pki = TestPki.create(directory, URI.create("http://127.0.0.1:1/pki"));

        X509CRL first = pki.rootCaCrl().currentCrl();
        Thread.sleep(5);
        X509CRL second = pki.rootCaCrl().currentCrl();

        first.verify(pki.hierarchy.trustAnchor().getPublicKey());
        assertThat(first.getRevokedCertificates()).isNull();
        assertThat(first.isRevoked(pki.hierarchy.issuingCa().certificate())).isFalse();
        assertThat(number(second)).isGreaterThan(number(first));
    }

    private static BigInteger number(X509CRL crl) {
        byte[] value = ASN1OctetString.getInstance(crl.getExtensionValue(Extension.cRLNumber.getId())).getOctets();
        return ASN1Integer.getInstance(value).getValue();
    }
}
