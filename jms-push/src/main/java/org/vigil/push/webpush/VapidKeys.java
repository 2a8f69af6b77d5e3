package org.vigil.push.webpush;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

import com.zerodeplibs.webpush.VAPIDKeyPair;

import org.vigil.push.domain.VapidKey;

/**
 * The server's VAPID identity (RFC 8292), the same on every node and after every restart:
 * browsers bind a subscription to the public key they were given ({@code applicationServerKey}).
 */
@Singleton
public class VapidKeys {

    @EJB
    VapidKeyStore store;

    private VAPIDKeyPair keyPair;

    @Lock(LockType.WRITE)
    public VAPIDKeyPair keyPair() {
        if (keyPair == null) {
            VapidKey stored = store.find();
            if (stored == null) {
                try {
                    stored = store.create();
                } catch (EJBException e) {
                    stored = store.find();
                    if (stored == null) {
                        throw e;
                    }
                }
            }
            keyPair = store.keyPair(stored);
        }
        return keyPair;
    }

    /** The public key as the Push API's {@code applicationServerKey}: uncompressed point, base64url. */
    @Lock(LockType.WRITE)
    public String publicKey() {
        return keyPair().extractPublicKeyInUncompressedFormAsString();
    }
}
