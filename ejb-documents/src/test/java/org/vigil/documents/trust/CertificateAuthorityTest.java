package org.vigil.documents.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTest {

    @TempDir
    Path directory;

    private TestPki pki;

    @BeforeEach
    void createPki() {
        pki = TestPki.create(directory, URI.create("https://vigil.example.org/pki"));
    }

    @Test
    void issuesASigningCertificateWithThePersonsNameAndWhereToCheckIt() throws Exception {
        var device = TestPki.deviceKey();
        X509Certificate certificate = pki.ca.issueSigningCertificate(new SigningCertificateRequest(device.getPublic(),
                new PersonName(" Anna ", "Gruber"), "acct-0b7e", Duration.ofDays(730)));

        assertThat(certificate.getPublicKey()).isEqualTo(device.getPublic());
        X500Name subject = new JcaX509CertificateHolder(certificate).getSubject();
        assertThat(value(subject, BCStyle.CN)).isEqualTo("Anna Gruber");
        assertThat(value(subject, BCStyle.GIVENNAME)).isEqualTo("Anna");
        assertThat(value(subject, BCStyle.SURNAME)).isEqualTo("Gruber");
        assertThat(value(subject, BCStyle.SERIALNUMBER)).isEqualTo("acct-0b7e");
        assertThat(value(subject, BCStyle.C)).isEqualTo("AT");

        boolean[] usage = certificate.getKeyUsage();
        assertThat(usage[0]).as("digitalSignature").isTrue();
        assertThat(usage[1]).as("nonRepudiation").isTrue();
        assertThat(usage[5]).as("keyCertSign").isFalse();
        assertThat(certificate.getCriticalExtensionOIDs()).contains(Extension.keyUsage.getId());
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(Duration.between(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant()))
                .isLessThanOrEqualTo(Duration.ofDays(730));

        var holder = new JcaX509CertificateHolder(certificate);
        AuthorityInformationAccess aia = AuthorityInformationAccess.fromExtensions(holder.getExtensions());
        List<String> access = new ArrayList<>();
        for (AccessDescription d : aia.getAccessDescriptions()) {
            access.add(d.getAccessMethod().getId() + " " + d.getAccessLocation().getName());
        }
        assertThat(access).containsExactlyInAnyOrder(
                AccessDescription.id_ad_ocsp.getId() + " https://vigil.example.org/pki/ocsp",
                AccessDescription.id_ad_caIssuers.getId() + " https://vigil.example.org/pki/issuing-ca.cer");
        CRLDistPoint crl = CRLDistPoint.fromExtensions(holder.getExtensions());
        GeneralNames names = (GeneralNames) crl.getDistributionPoints()[0].getDistributionPoint().getName();
        assertThat(names.getNames()[0].getName().toString()).isEqualTo("https://vigil.example.org/pki/issuing-ca.crl");

        certificate.verify(pki.hierarchy.issuingCa().certificate().getPublicKey());
        TrustHierarchyTest.assertChainsTo(pki.hierarchy.trustAnchor(), withChain(certificate));
        assertThat(pki.registry.find(certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber()))
                .hasValueSatisfying(r -> assertThat(r.revoked()).isEmpty());
    }

    @Test
    void serialsDiffer() {
        var device = TestPki.deviceKey();
        BigInteger first = pki.issueFor(device, "Anna", "Gruber").getSerialNumber();
        BigInteger second = pki.issueFor(device, "Anna", "Gruber").getSerialNumber();
        assertThat(first).isNotEqualTo(second).isPositive();
        assertThat(first.bitLength()).isGreaterThan(64);
    }

    @Test
    void refusesKeysOtherThanP256AndValidityOverTwoYears() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        var p384 = generator.generateKeyPair().getPublic();
        var name = new PersonName("Anna", "Gruber");
        assertThatThrownBy(() -> new SigningCertificateRequest(p384, name, "acct", Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P-256");
        var p256 = TestPki.deviceKey().getPublic();
        assertThatThrownBy(() -> new SigningCertificateRequest(p256, name, "acct", Duration.ofDays(731)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("730 days");
        assertThatThrownBy(() -> new PersonName("", "Gruber")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void revokesOnceWithReason() {
        X509Certificate certificate = pki.issueFor(TestPki.deviceKey(), "Anna", "Gruber");

        IssuedCertificate revoked = pki.ca.revoke(certificate.getSerialNumber(), RevocationReason.KEY_COMPROMISE);

        assertThat(revoked.revoked()).hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(RevocationReason.KEY_COMPROMISE));
        assertThat(pki.registry.revokedBy(certificate.getIssuerX500Principal().getName()))
                .extracting(IssuedCertificate::serial).containsExactly(certificate.getSerialNumber());
        assertThatThrownBy(() -> pki.ca.revoke(certificate.getSerialNumber(), RevocationReason.UNSPECIFIED))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pki.ca.revoke(BigInteger.TEN, RevocationReason.UNSPECIFIED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<X509Certificate> withChain(X509Certificate certificate) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate);
        chain.addAll(pki.ca.chain());
        return chain;
    }

    private static String value(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        assertThat(rdns).as(type.getId()).hasSize(1);
        return IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
