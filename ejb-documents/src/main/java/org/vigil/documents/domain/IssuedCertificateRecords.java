package org.vigil.documents.domain;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.vigil.documents.trust.CertificateRegistry;

/**
 * Every certificate the CA issued, as the trust core needs them (OCSP, CRLs) and with what the signing-certificate
 * service asks besides: a certificate's record, and the certificates of an authenticator's key.
 */
public interface IssuedCertificateRecords extends CertificateRegistry {

    Optional<IssuedCertificateRecord> record(String issuer, BigInteger serial);

    /** The certificates that certify this authenticator's key, newest first. */
    List<IssuedCertificateRecord> ofAuthenticator(UUID authenticatorId);

    /** The authenticators that hold an unrevoked, unexpired signing certificate. */
    List<UUID> authenticatorsWithLiveCertificates(Instant now);
}
