package org.vigil.identity.oidc.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The key the provider signs with now for one algorithm: its {@code kid} (named in every JWT's
 * header, looked up by clients in the JWKS) and a signer, which holds the private key in memory or
 * signs inside the PKCS#11 token. Nimbus signers make a new JCA signature per call, so one is
 * shared by every thread.
 */
public record ActiveSigningKey(String kid, JWSAlgorithm alg, JWSSigner signer) {

    /** A key whose private half is in memory (opened from its sealed form, or a test's). */
    public static ActiveSigningKey of(JWK privateKey, JWSAlgorithm alg) {
        try {
            JWSSigner signer = privateKey instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner(privateKey.toRSAKey());
            return new ActiveSigningKey(privateKey.getKeyID(), alg, signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing key " + privateKey.getKeyID() + " cannot sign " + alg, e);
        }
    }

    /** Signs the claims as a JWT of this key's algorithm, naming the key in the header's {@code kid}. */
    public String sign(JOSEObjectType type, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).type(type).keyID(kid).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with key " + kid + ": " + e.getMessage(), e);
        }
        return jwt.serialize();
    }
}
