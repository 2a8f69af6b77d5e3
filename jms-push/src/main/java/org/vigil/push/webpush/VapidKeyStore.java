package org.vigil.push.webpush;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.push.domain.VapidKey;

/** Reads the VAPID key pair, generating and storing it on the very first use. */
@Stateless
public class VapidKeyStore {

    @PersistenceContext(unitName = "push")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public VapidKey find() {
        return em.find(VapidKey.class, VapidKey.THE_KEY);
    }

    /** Fails (and rolls back) when another node stored its key first; the caller reads that one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public VapidKey create() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            VapidKey key = new VapidKey(base64.encodeToString(pair.getPrivate().getEncoded()),
                    base64.encodeToString(pair.getPublic().getEncoded()), Instant.now());
            em.persist(key);
            em.flush();
            return key;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make P-256 keys", e);
        }
    }
}
