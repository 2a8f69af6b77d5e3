package org.vigil.client.sdk.authenticator;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.Provider;
import java.security.interfaces.ECPublicKey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The device's EC P-256 key as a key store hands it out: the private half is only a handle
 * (for a token, the key stays inside it), used through the JCA provider that holds it.
 */
public final class DeviceKey {

    private final PrivateKey privateKey;
    private final ECKey publicJwk;
    private final Provider provider;

    /**
     * @param provider the JCA provider that can use {@code privateKey} (the PKCS#11 provider of
     *                 a token), or null for the default providers
     */
    public DeviceKey(PrivateKey privateKey, ECPublicKey publicKey, Provider provider) {
        if (!Curve.P_256.equals(Curve.forECParameterSpec(publicKey.getParams()))) {
            throw new IllegalArgumentException("a device key is an EC P-256 key");
        }
        this.privateKey = privateKey;
        this.publicJwk = new ECKey.Builder(Curve.P_256, publicKey).build();
        this.provider = provider;
    }

    /** The public key as a JWK with only {@code kty}, {@code crv}, {@code x} and {@code y}. */
    public ECKey publicJwk() {
        return publicJwk;
    }

    /** Signs {@code claims} under {@code header} (which must say ES256) into a compact JWS. */
    public String sign(JWSHeader header, JWTClaimsSet claims) {
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
            throw new IllegalArgumentException("a device key signs with ES256 only, not " + header.getAlgorithm());
        }
        try {
            ECDSASigner signer = new ECDSASigner(privateKey, Curve.P_256);
            signer.getJCAContext().setProvider(provider);
            SignedJWT jws = new SignedJWT(header, claims);
            jws.sign(signer);
            return jws.serialize();
        } catch (JOSEException e) {
            throw new DeviceKeyException("the device key could not sign: " + e.getMessage(), e);
        }
    }

    /**
     * Signs a document's data to be signed with SHA-256 and this key, as a remote signature
     * needs it: the value is DER-encoded, as every JCA provider (and a PKCS#11 token through
     * SunPKCS11) returns it, so the server must be told {@code DER}, not {@code P1363}.
     */
    public byte[] signData(byte[] dataToSign) {
        try {
            Signature signature = provider == null ? Signature.getInstance("SHA256withECDSA")
                    : Signature.getInstance("SHA256withECDSA", provider);
            signature.initSign(privateKey);
            signature.update(dataToSign);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new DeviceKeyException("the device key could not sign the document: " + e.getMessage(), e);
        }
    }
}
