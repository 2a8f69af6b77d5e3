package org.vigil.documents.trust;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.operator.ContentSigner;

/**
 * The five kinds of certificate Vigil's PKI issues, each with the extensions a validator checks
 * (RFC 5280, RFC 3161 §2.3, RFC 6960 §4.2.2.2, ETSI EN 319 412-2 for people's signing certificates).
 */
public final class CertificateProfiles {

    private CertificateProfiles() {
    }

    public static X509Certificate rootCa(X500Name subject, PublicKey key, ContentSigner signer, Instant now,
            Instant notAfter) {
        return CertificateSigning.selfSigned(subject, key, signer, now, notAfter)
                .add(Extension.basicConstraints, true, new BasicConstraints(true))
                .add(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .sign();
    }

    /** The CA that issues people's and services' certificates; it issues no further CA (path length 0). */
    public static X509Certificate issuingCa(CertifiedKey root, X500Name subject, PublicKey key, PkiUrls urls,
            Instant now, Instant notAfter) {
        return CertificateSigning.issuedBy(root, subject, key, now, notAfter)
                .add(Extension.basicConstraints, true, new BasicConstraints(0))
                .add(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .add(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        AccessDescription.id_ad_caIssuers, uri(urls.rootCaCertificate().toString())))
                .add(Extension.cRLDistributionPoints, false, crlAt(urls.rootCaCrl().toString()))
                .sign();
    }

    /** A person's certificate for qualified-style electronic signatures made with their authenticator. */
    public static X509Certificate signer(CertifiedKey issuingCa, X500Name subject, PublicKey key, PkiUrls urls,
            Instant now, Instant notAfter) {
        return endEntity(issuingCa, subject, key, urls, now, notAfter)
                .add(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .sign();
    }

    /** The timestamp authority's certificate: RFC 3161 requires this one critical purpose. */
    public static X509Certificate timestampAuthority(CertifiedKey issuingCa, X500Name subject, PublicKey key,
            PkiUrls urls, Instant now, Instant notAfter) {
        return endEntity(issuingCa, subject, key, urls, now, notAfter)
                .add(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .add(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                .sign();
    }

    /**
     * The OCSP responder's delegated certificate. id-pkix-ocsp-nocheck tells validators not to ask
     * for its own status (which would be circular); so it has no OCSP URL, and a short life.
     */
    public static X509Certificate ocspSigner(CertifiedKey issuingCa, X500Name subject, PublicKey key, PkiUrls urls,
            Instant now, Instant notAfter) {
        return CertificateSigning.issuedBy(issuingCa, subject, key, now, notAfter)
                .add(Extension.basicConstraints, true, new BasicConstraints(false))
                .add(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .add(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning))
                .add(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE)
                .add(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        AccessDescription.id_ad_caIssuers, uri(urls.issuingCaCertificate().toString())))
                .sign();
    }

    private static CertificateSigning endEntity(CertifiedKey issuingCa, X500Name subject, PublicKey key, PkiUrls urls,
            Instant now, Instant notAfter) {
        return CertificateSigning.issuedBy(issuingCa, subject, key, now, notAfter)
                .add(Extension.basicConstraints, true, new BasicConstraints(false))
                .add(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(new AccessDescription[] {
                    new AccessDescription(AccessDescription.id_ad_ocsp, uri(urls.ocsp().toString())),
                    new AccessDescription(AccessDescription.id_ad_caIssuers, uri(urls.issuingCaCertificate().toString()))}))
                .add(Extension.cRLDistributionPoints, false, crlAt(urls.issuingCaCrl().toString()));
    }

    private static GeneralName uri(String uri) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, uri);
    }

    private static CRLDistPoint crlAt(String uri) {
        return new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(
                new DistributionPointName(new GeneralNames(uri(uri))), null, null)});
    }
}
