package org.vigil.push.webpush;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.platform.secrets.AtRestEncryption;
import org.vigil.platform.secrets.SecretPurpose;
import org.vigil.push.domain.VapidKey;

/**
 * Reads the VAPID key pair, generating and storing it on the very first use. The private key is
 * stored sealed with the installation's at-rest key ({@link AtRestEncryption}); a key stored in the
 * clear by an earlier version is sealed when it is first read.
 */
@Stateless
public class VapidKeyStore {

    static final SecretPurpose PURPOSE = SecretPurpose.of("push.vapid-key");

    @PersistenceContext(unitName = "push")
    EntityManager em;

    @Inject
    AtRestEncryption encryption;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public VapidKey find() {
        VapidKey key = em.find(VapidKey.class, VapidKey.THE_KEY);
        if (key != null && !AtRestEncryption.isSealed(key.privateKey())) {
            key.sealPrivateKey(encryption.sealText(key.privateKey(), PURPOSE));
        }
        return key;
    }

    /** The private key of a stored pair, PKCS#8 (base64). */
    public String privateKey(VapidKey key) {
        return encryption.openText(key.privateKey(), PURPOSE);
    }

    /** Fails (and rolls back) when another node stored its key first; the caller reads that one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public VapidKey create() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            VapidKey key = new VapidKey(encryption.sealText(base64.encodeToString(pair.getPrivate().getEncoded()), PURPOSE),
                    base64.encodeToString(pair.getPublic().getEncoded()), Instant.now());
            em.persist(key);
            em.flush();
            return key;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make P-256 keys", e);
        }
    }
}
