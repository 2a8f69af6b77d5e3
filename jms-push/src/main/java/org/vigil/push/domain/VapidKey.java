package org.vigil.push.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The server's one VAPID key pair: private key PKCS#8 (base64) sealed with the at-rest key,
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

    /** The sealed private key (or, from before sealing existed, the clear one). */
    public String privateKey() {
        return privateKey;
    }

    /** Replaces a private key stored in the clear by its sealed form. */
    public void sealPrivateKey(String sealed) {
        this.privateKey = sealed;
    }

    public String publicKey() {
        return publicKey;
    }
}
