package org.vigil.push.webpush;

import java.time.Instant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import com.zerodeplibs.webpush.VAPIDKeyPair;

import org.vigil.platform.secrets.AtRestEncryption;
import org.vigil.platform.secrets.SigningKeyToken;
import org.vigil.push.domain.VapidKey;

/**
 * Reads the VAPID key pair, generating and storing it on the very first use: in the PKCS#11 token
 * when the installation has one, sealed with the at-rest key otherwise ({@link VapidPrivateKeys}).
 * A key stored in the clear by an earlier version is sealed when it is first read.
 */
@Stateless
public class VapidKeyStore {

    @PersistenceContext(unitName = "push")
    EntityManager em;

    @Inject
    AtRestEncryption encryption;

    @Inject
    SigningKeyToken token;

    private VapidPrivateKeys privateKeys;

    @PostConstruct
    void open() {
        privateKeys = new VapidPrivateKeys(encryption, token.keyPairs());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public VapidKey find() {
        VapidKey key = em.find(VapidKey.class, VapidKey.THE_KEY);
        if (key != null) {
            privateKeys.upgraded(key.privateKey()).ifPresent(key::replacePrivateKey);
        }
        return key;
    }

    /** The stored pair, ready to sign VAPID JWTs. */
    public VAPIDKeyPair keyPair(VapidKey key) {
        return privateKeys.keyPair(key.privateKey(), key.publicKey());
    }

    /** Fails (and rolls back) when another node stored its key first; the caller reads that one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public VapidKey create() {
        VapidPrivateKeys.NewVapidKey made = privateKeys.generate();
        VapidKey key = new VapidKey(made.storedPrivateKey(), made.publicKey(), Instant.now());
        try {
            em.persist(key);
            em.flush();
        } catch (PersistenceException e) {
            privateKeys.discard(made.storedPrivateKey());
            throw e;
        }
        return key;
    }
}
