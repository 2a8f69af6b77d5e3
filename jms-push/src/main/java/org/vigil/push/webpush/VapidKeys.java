package org.vigil.push.webpush;

import java.util.Base64;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.VAPIDKeyPairs;
import com.zerodeplibs.webpush.key.PrivateKeySources;
import com.zerodeplibs.webpush.key.PublicKeySources;

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
            Base64.Decoder base64 = Base64.getDecoder();
            keyPair = VAPIDKeyPairs.of(PrivateKeySources.ofPKCS8Bytes(base64.decode(store.privateKey(stored))),
                    PublicKeySources.ofX509Bytes(base64.decode(stored.publicKey())));
        }
        return keyPair;
    }

    /** The public key as the Push API's {@code applicationServerKey}: uncompressed point, base64url. */
    @Lock(LockType.WRITE)
    public String publicKey() {
        return keyPair().extractPublicKeyInUncompressedFormAsString();
    }
}
