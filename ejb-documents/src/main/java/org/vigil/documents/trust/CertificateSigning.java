package org.vigil.documents.trust;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.operator.ContentSigner;

/** The steps every certificate shares: subject, validity, key identifiers, and the signature. */
final class CertificateSigning {

    private static final JcaX509ExtensionUtils EXTENSIONS = extensionUtils();

    private final X509v3CertificateBuilder builder;
    private final ContentSigner signer;

    private CertificateSigning(X509v3CertificateBuilder builder, ContentSigner signer) {
        this.builder = builder;
        this.signer = signer;
    }

    /** A certificate signed by {@code issuer}, valid from now (to the second) until {@code notAfter}. */
    static CertificateSigning issuedBy(CertifiedKey issuer, X500Name subject, PublicKey key, Instant now,
            Instant notAfter) {
        X509Certificate issuerCertificate = issuer.certificate();
        // A certificate never outlives the CA that vouches for it.
        Instant end = notAfter.isAfter(issuerCertificate.getNotAfter().toInstant())
                ? issuerCertificate.getNotAfter().toInstant() : notAfter;
        CertificateSigning signing = new CertificateSigning(new JcaX509v3CertificateBuilder(
                X500Name.getInstance(issuerCertificate.getSubjectX500Principal().getEncoded()), SerialNumbers.next(),
                Date.from(now.truncatedTo(ChronoUnit.SECONDS)), Date.from(end), subject, key), issuer.contentSigner());
        try {
            signing.add(Extension.authorityKeyIdentifier, false,
                    EXTENSIONS.createAuthorityKeyIdentifier(issuerCertificate.getPublicKey()));
        } catch (RuntimeException e) {
            throw new TrustServiceException("cannot identify the issuer's key", e);
        }
        return signing.add(Extension.subjectKeyIdentifier, false, EXTENSIONS.createSubjectKeyIdentifier(key));
    }

    /** A self-signed certificate, for a root CA. */
    static CertificateSigning selfSigned(X500Name subject, PublicKey key, ContentSigner signer, Instant now,
            Instant notAfter) {
        BigInteger serial = SerialNumbers.next();
        return new CertificateSigning(new JcaX509v3CertificateBuilder(subject, serial,
                Date.from(now.truncatedTo(ChronoUnit.SECONDS)), Date.from(notAfter), subject, key), signer)
                .add(Extension.subjectKeyIdentifier, false, EXTENSIONS.createSubjectKeyIdentifier(key));
    }

    CertificateSigning add(org.bouncycastle.asn1.ASN1ObjectIdentifier oid, boolean critical,
            org.bouncycastle.asn1.ASN1Encodable value) {
        try {
            builder.addExtension(oid, critical, value);
            return this;
        } catch (CertIOException e) {
            throw new TrustServiceException("cannot encode extension " + oid, e);
        }
    }

    X509Certificate sign() {
        try {
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (CertificateException e) {
            throw new TrustServiceException("cannot build the certificate", e);
        }
    }

    private static JcaX509ExtensionUtils extensionUtils() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
