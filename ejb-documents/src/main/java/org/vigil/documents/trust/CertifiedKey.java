package org.vigil.documents.trust;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A private key of one of Vigil's trust services with its certificate chain (its own certificate
 * first), and the JCA provider that holds the key: a PKCS#11 key is used inside its token.
 */
public record CertifiedKey(PrivateKey privateKey, List<X509Certificate> chain, Provider provider) {

    public CertifiedKey {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a certified key needs its certificate");
        }
        Objects.requireNonNull(provider, "provider");
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** ECDSA with the hash that matches the curve's strength (SHA-384 for P-384, as RFC 5480 advises). */
    public String signatureAlgorithm() {
        if (!(certificate().getPublicKey() instanceof ECPublicKey ec)) {
            throw new IllegalStateException("trust service keys are EC keys");
        }
        int bits = ec.getParams().getCurve().getField().getFieldSize();
        return bits > 256 ? "SHA384withECDSA" : "SHA256withECDSA";
    }

    /** A new signer on each call: a ContentSigner's stream is not thread-safe, so none is shared. */
    public ContentSigner contentSigner() {
        try {
            return new JcaContentSignerBuilder(signatureAlgorithm()).setProvider(provider).build(privateKey);
        } catch (OperatorCreationException e) {
            throw new TrustServiceException("cannot sign with the key of " + certificate().getSubjectX500Principal(), e);
        }
    }
}
