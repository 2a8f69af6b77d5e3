package org.vigil.documents.trust;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Vigil's issuing CA: certifies people's authenticator keys for signing, and revokes those
 * certificates. Every certificate it issues is recorded, so OCSP and CRLs can speak about it.
 */
public final class CertificateAuthority {

    private final CertifiedKey issuingCa;
    private final PkiUrls urls;
    private final CertificateRegistry registry;
    private final Clock clock;
    private final String country;

    public CertificateAuthority(CertifiedKey issuingCa, PkiUrls urls, CertificateRegistry registry, Clock clock,
            String country) {
        this.issuingCa = Objects.requireNonNull(issuingCa, "issuingCa");
        this.urls = Objects.requireNonNull(urls, "urls");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.country = Objects.requireNonNull(country, "country");
    }

    public X509Certificate issueSigningCertificate(SigningCertificateRequest request) {
        Instant now = clock.instant();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, country)
                .addRDN(BCStyle.SURNAME, request.name().surname())
                .addRDN(BCStyle.GIVENNAME, request.name().givenName())
                .addRDN(BCStyle.SERIALNUMBER, request.subjectSerial())
                .addRDN(BCStyle.CN, request.name().commonName())
                .build();
        X509Certificate certificate = CertificateProfiles.signer(issuingCa, subject, request.publicKey(), urls, now,
                now.plus(request.validity()));
        registry.save(IssuedCertificate.of(certificate));
        return certificate;
    }

    /** Revokes a certificate of this CA; from now on OCSP answers revoked and the next CRL lists it. */
    public IssuedCertificate revoke(BigInteger serial, RevocationReason reason) {
        String issuer = issuingCa.certificate().getSubjectX500Principal().getName();
        IssuedCertificate issued = registry.find(issuer, serial).orElseThrow(
                () -> new IllegalArgumentException("no certificate " + serial.toString(16) + " from " + issuer));
        IssuedCertificate revoked = issued.revoke(new Revocation(clock.instant(), reason));
        registry.save(revoked);
        return revoked;
    }

    /** The issuing CA's certificate and its root, to send along with a signer's certificate. */
    public List<X509Certificate> chain() {
        return issuingCa.chain();
    }
}
