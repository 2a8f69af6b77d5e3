package org.vigil.testsupport.emrtd;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A Country Signing CA made up for a test (ICAO 9303 part 12): a self-signed EC P-256 certificate that issues Document
 * Signer certificates and CRLs. Nothing here is a real country's.
 */
public final class TestCsca {

    private final KeyPair keys;
    private final X509Certificate certificate;
    private final X500Name name;

    private TestCsca(String country, String commonName) {
        this.keys = ecKeys();
        this.name = new X500Name("C=" + country + ",O=Vigil tests,CN=" + commonName);
        Instant now = Instant.now();
        this.certificate = sign(new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))), name, keys.getPublic()), true, keys.getPrivate());
    }

    /** A new CSCA of a (made-up) country, e.g. {@code UTO}'s. */
    public static TestCsca of(String country, String commonName) {
        return new TestCsca(country, commonName);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** A Document Signer certificate under this CSCA, valid from yesterday for a year. */
    public DocumentSigner documentSigner(String commonName) {
        KeyPair ds = ecKeys();
        Instant now = Instant.now();
        X500Name subject = new X500Name("C=" + country() + ",O=Vigil tests,CN=" + commonName);
        X509Certificate cert = sign(new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))), subject, ds.getPublic()), false, keys.getPrivate());
        return new DocumentSigner(cert, ds.getPrivate());
    }

    /** A CRL of this CSCA, valid for a day, that revokes these certificates. */
    public X509CRL crlRevoking(X509Certificate... revoked) {
        Instant now = Instant.now();
        X509v2CRLBuilder crl = new X509v2CRLBuilder(name, Date.from(now.minus(Duration.ofMinutes(5))));
        crl.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
        for (X509Certificate c : revoked) {
            crl.addCRLEntry(c.getSerialNumber(), Date.from(now.minus(Duration.ofMinutes(1))), 0);
        }
        try {
            return new JcaX509CRLConverter().getCRL(crl.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private String country() {
        return name.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.C)[0].getFirst().getValue().toString();
    }

    /** A Document Signer: its certificate and the key that signs SODs. */
    public record DocumentSigner(X509Certificate certificate, PrivateKey key) {
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, boolean ca, PrivateKey issuerKey) {
        try {
            builder.addExtension(Extension.basicConstraints, true, ca ? new BasicConstraints(0) : new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair ecKeys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(64, new SecureRandom()).add(BigInteger.ONE);
    }
}
