package org.vigil.identity.oidc.keys;

import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Collection;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import org.vigil.platform.secrets.KeyPairKind;
import org.vigil.platform.secrets.Pkcs11KeyPairs;
import org.vigil.platform.secrets.TokenKeyException;
import org.vigil.platform.secrets.TokenKeyPair;

/**
 * Signing keys generated and used inside the installation's PKCS#11 token (an HSM shared by every
 * node): sensitive, not extractable, token objects labelled {@code vigil-oidc-<kid>}. The row keeps
 * the public JWK and {@code pkcs11:object=vigil-oidc-<kid>}; every signature is the token's, through
 * Nimbus with the token's SunPKCS11 provider (ES256 signatures come out of the JCA as DER and Nimbus
 * transcodes them to JOSE's r‖s).
 */
public final class Pkcs11SigningKeys implements SigningKeyStorage {

    private static final String ALIAS_PREFIX = "vigil-oidc-";

    private final Pkcs11KeyPairs token;

    public Pkcs11SigningKeys(Pkcs11KeyPairs token) {
        this.token = token;
    }

    /** The token object's label for a key id (kids are UUIDs, which labels take as they are). */
    static String alias(String kid) {
        return ALIAS_PREFIX + kid;
    }

    @Override
    public NewSigningKey generate(JWSAlgorithm alg, String kid) {
        TokenKeyPair pair = token.generate(alias(kid), kindOf(alg));
        return new NewSigningKey(publicJwk(pair, alg, kid), Pkcs11KeyPairs.reference(pair.alias()));
    }

    @Override
    public boolean holds(String storedPrivateKey) {
        return Pkcs11KeyPairs.isReference(storedPrivateKey);
    }

    @Override
    public ActiveSigningKey signer(String kid, JWSAlgorithm alg, JWK publicJwk, String storedPrivateKey) {
        TokenKeyPair pair = token.get(storedPrivateKey);
        try {
            if (!pair.publicKey().equals(publicKeyOf(publicJwk))) {
                throw new TokenKeyException("the key " + pair.alias() + " in the " + token.describe()
                        + " is not the published key " + kid + ": is this the token the key was made in?");
            }
            JWSSigner signer = JWSAlgorithm.ES256.equals(alg) ? new ECDSASigner(pair.privateKey(), Curve.P_256)
                    : new RSASSASigner(pair.privateKey());
            signer.getJCAContext().setProvider(pair.provider());
            return new ActiveSigningKey(kid, alg, signer);
        } catch (JOSEException e) {
            throw new TokenKeyException("the key " + pair.alias() + " in the " + token.describe() + " cannot sign " + alg, e);
        }
    }

    @Override
    public void discard(Collection<String> storedPrivateKeys) {
        token.deleteAll(storedPrivateKeys.stream().map(Pkcs11KeyPairs::aliasOf).toList());
    }

    @Override
    public String describe() {
        return "the " + token.describe();
    }

    private static KeyPairKind kindOf(JWSAlgorithm alg) {
        if (JWSAlgorithm.ES256.equals(alg)) {
            return KeyPairKind.EC_P256;
        }
        if (JWSAlgorithm.RS256.equals(alg)) {
            return KeyPairKind.RSA_2048;
        }
        throw new IllegalArgumentException("no signing keys for " + alg);
    }

    private static JWK publicJwk(TokenKeyPair pair, JWSAlgorithm alg, String kid) {
        if (pair.publicKey() instanceof ECPublicKey ec) {
            return new ECKey.Builder(Curve.P_256, ec).keyID(kid).algorithm(alg).keyUse(KeyUse.SIGNATURE).build();
        }
        return new RSAKey.Builder((RSAPublicKey) pair.publicKey()).keyID(kid).algorithm(alg).keyUse(KeyUse.SIGNATURE).build();
    }

    private static java.security.PublicKey publicKeyOf(JWK jwk) throws JOSEException {
        return jwk instanceof ECKey ec ? ec.toPublicKey() : jwk.toRSAKey().toPublicKey();
    }
}
