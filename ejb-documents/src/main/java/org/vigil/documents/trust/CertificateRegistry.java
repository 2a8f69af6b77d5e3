package org.vigil.documents.trust;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** Every certificate Vigil's CAs issued, with its revocation state; the source of OCSP and CRLs. */
public interface CertificateRegistry {

    /** Adds a new certificate or replaces the record with the same issuer and serial. */
    void save(IssuedCertificate certificate);

    Optional<IssuedCertificate> find(String issuer, BigInteger serial);

    /** The revoked certificates of one issuer, expired ones included (the CRL keeps them). */
    List<IssuedCertificate> revokedBy(String issuer);
}
