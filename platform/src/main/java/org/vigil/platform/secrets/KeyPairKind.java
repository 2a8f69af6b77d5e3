package org.vigil.platform.secrets;

import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/** The key pairs Vigil signs with inside a token: P-256 (ES256: ID and access tokens, VAPID) and RSA-2048 (RS256). */
public enum KeyPairKind {

    EC_P256("EC", new ECGenParameterSpec("secp256r1"), "SHA256withECDSA"),
    RSA_2048("RSA", new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4), "SHA256withRSA");

    private final String algorithm;
    private final AlgorithmParameterSpec parameters;
    private final String certificateSignature;

    KeyPairKind(String algorithm, AlgorithmParameterSpec parameters, String certificateSignature) {
        this.algorithm = algorithm;
        this.parameters = parameters;
        this.certificateSignature = certificateSignature;
    }

    /** The JCA key algorithm ({@code EC}, {@code RSA}). */
    public String algorithm() {
        return algorithm;
    }

    AlgorithmParameterSpec parameters() {
        return parameters;
    }

    /** The JCA signature the entry's self-signed certificate is made with, by the key itself. */
    String certificateSignature() {
        return certificateSignature;
    }
}
