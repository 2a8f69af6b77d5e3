package org.vigil.push.webpush;

import java.security.interfaces.ECPublicKey;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.jwt.VAPIDJWTParam;
import com.zerodeplibs.webpush.key.PublicKeySource;
import com.zerodeplibs.webpush.key.PublicKeySources;

import org.vigil.platform.secrets.TokenKeyException;
import org.vigil.platform.secrets.TokenKeyPair;

/**
 * The VAPID key pair (RFC 8292) when its private key is inside the PKCS#11 token. The library's own
 * key pairs ({@code VAPIDKeyPairs.of}) take a custom JWT generator, but still want the private key as
 * an {@code ECPrivateKey} with its value, which a token handle is not; so the library's {@link
 * VAPIDKeyPair} interface is implemented here, with the JWT signed by Nimbus through the token's
 * provider: {@code vapid t=<ES256 JWT>, k=<public key>}, the claims the library's generator writes
 * ({@code aud}, {@code exp}, {@code sub} and any additional ones).
 */
final class TokenVapidKeyPair implements VAPIDKeyPair {

    private final TokenKeyPair key;
    private final byte[] publicKey;
    private final String publicKeyText;
    private final ECDSASigner signer;

    /** @param published the public key browsers were given; the token's key must be its private half */
    TokenVapidKeyPair(TokenKeyPair key, ECPublicKey published) {
        if (!key.publicKey().equals(published)) {
            throw new TokenKeyException("the key " + key.alias() + " in the token is not the published VAPID key: "
                    + "is this the token the key was made in?");
        }
        this.key = key;
        PublicKeySource publicSource = PublicKeySources.ofECPublicKey(published);
        this.publicKey = publicSource.extractBytesInUncompressedForm();
        this.publicKeyText = publicSource.extractStringInUncompressedForm();
        try {
            this.signer = new ECDSASigner(key.privateKey(), Curve.P_256);
        } catch (JOSEException e) {
            throw new TokenKeyException("the VAPID key " + key.alias() + " in the token is not a P-256 key", e);
        }
        signer.getJCAContext().setProvider(key.provider());
    }

    @Override
    public byte[] extractPublicKeyInUncompressedForm() {
        return publicKey.clone();
    }

    @Override
    public String extractPublicKeyInUncompressedFormAsString() {
        return publicKeyText;
    }

    @Override
    public String generateAuthorizationHeaderValue(VAPIDJWTParam param) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .audience(param.getOrigin())
                .expirationTime(Date.from(param.getExpirationTime()));
        param.getSubject().ifPresent(claims::subject);
        param.forEachAdditionalClaim(claims::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new TokenKeyException("the token cannot sign with the VAPID key " + key.alias() + ": " + e.getMessage(), e);
        }
        return "vapid t=" + jwt.serialize() + ", k=" + publicKeyText;
    }
}
