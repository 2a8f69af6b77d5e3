package org.vigil.platform.ops;

import java.util.List;

import jakarta.ejb.Local;

/**
 * The certificates Vigil's trust services run on (root and issuing CA, TSA, OCSP signer) and
 * when each expires, for the stats server's operations alerts. The document server implements
 * it; the stats server reads it without knowing documents.
 */
@Local
public interface TrustCertificates {

    List<CertificateExpiry> current();
}
