package org.vigil.push.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The server's one VAPID key pair: the private key as {@code webpush.VapidPrivateKeys} keeps it (a
 * reference to the object in the PKCS#11 token, or PKCS#8 base64 sealed with the at-rest key), the
 * public key X.509 (base64).
 */
@Entity
@Table(name = "push_vapid_key")
public class VapidKey {

    /** There is only one row; its fixed id makes a second node's concurrent first start lose. */
    public static final int THE_KEY = 1;

    @Id
    private int id;

    @Column(name = "private_key", nullable = false, length = 400)
    private String privateKey;

    @Column(name = "public_key", nullable = false, length = 200)
    private String publicKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VapidKey() {
        // for JPA
    }

    public VapidKey(String privateKey, String publicKey, Instant now) {
        this.id = THE_KEY;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.createdAt = now;
    }

    /** The stored private key: a token reference, sealed, or (from before sealing existed) in the clear. */
    public String privateKey() {
        return privateKey;
    }

    /** Replaces the stored private key by another form of the same key (one stored in the clear by its sealed form). */
    public void replacePrivateKey(String stored) {
        this.privateKey = stored;
    }

    public String publicKey() {
        return publicKey;
    }
}
