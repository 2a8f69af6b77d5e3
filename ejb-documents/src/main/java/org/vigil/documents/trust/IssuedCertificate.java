package org.vigil.documents.trust;

import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate one of Vigil's CAs issued, and whether it has been revoked: what OCSP answers
 * and CRLs list come from these records. The issuer is named by its RFC 2253 distinguished name.
 */
public record IssuedCertificate(String issuer, BigInteger serial, String subject, Instant notAfter, byte[] encoded,
        Revocation revocation) {

    public IssuedCertificate {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(notAfter, "notAfter");
        encoded = Objects.requireNonNull(encoded, "encoded").clone();
    }

    public static IssuedCertificate of(X509Certificate certificate) {
        try {
            return new IssuedCertificate(certificate.getIssuerX500Principal().getName(),
                    certificate.getSerialNumber(), certificate.getSubjectX500Principal().getName(),
                    certificate.getNotAfter().toInstant(), certificate.getEncoded(), null);
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    public Optional<Revocation> revoked() {
        return Optional.ofNullable(revocation);
    }

    /** This certificate revoked; revocation is final, so revoking twice is refused. */
    public IssuedCertificate revoke(Revocation why) {
        if (revocation != null) {
            throw new IllegalStateException("certificate " + serial.toString(16) + " is already revoked");
        }
        return new IssuedCertificate(issuer, serial, subject, notAfter, encoded, Objects.requireNonNull(why));
    }
}
