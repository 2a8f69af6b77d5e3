package org.vigil.documents.signing;

import eu.europa.esig.dss.enumerations.SignatureAlgorithm;

/**
 * How a device returns its ECDSA signature: WebCrypto gives the raw r||s concatenation (IEEE
 * P1363), Java, Android and iOS keystores give an ASN.1 DER SEQUENCE. The two are not
 * interchangeable: a value labelled with the wrong one fails verification.
 */
public enum SignatureValueEncoding {
    /** ASN.1 DER {@code SEQUENCE { r INTEGER, s INTEGER }}: JCA, Android, iOS, PKCS#11 through SunPKCS11. */
    DER(SignatureAlgorithm.ECDSA_SHA256),
    /** Raw r||s, 64 bytes for P-256: WebCrypto, JWS (ES256). */
    P1363(SignatureAlgorithm.PLAIN_ECDSA_SHA256);

    private final SignatureAlgorithm algorithm;

    SignatureValueEncoding(SignatureAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    /** The DSS label for a value in this encoding. */
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }
}
