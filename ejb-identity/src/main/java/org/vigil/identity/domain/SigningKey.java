package org.vigil.identity.domain;

import java.text.ParseException;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.nimbusds.jose.jwk.JWK;

/**
 * A key the provider signs tokens with. Active until retired; published in the JWKS until
 * {@code unpublishAt}, so tokens it signed before retirement still verify. The row holds the public
 * JWK and, in {@code private_key}, what its storage keeps of the private half ({@code
 * oidc.keys.SigningKeyStorage}): a reference to the object in the PKCS#11 token, or the JWK sealed
 * with the at-rest key; never a JWK in the clear.
 */
@Entity
@Table(name = "idn_signing_key")
public class SigningKey {

    @Id
    private String kid;

    @Column(nullable = false, length = 8)
    private String alg;

    @Column(name = "private_key", nullable = false, length = 8000)
    private String privateKey;

    @Column(name = "public_jwk", nullable = false, length = 2000)
    private String publicJwk;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "unpublish_at")
    private Instant unpublishAt;

    protected SigningKey() {
        // for JPA
    }

    /** @param storedPrivateKey what the key's storage keeps of its private half: sealed, or a reference to a token object */
    public SigningKey(JWK key, String storedPrivateKey, String alg, Instant now) {
        this.kid = key.getKeyID();
        this.alg = alg;
        this.privateKey = storedPrivateKey;
        this.publicJwk = key.toPublicJWK().toJSONString();
        this.createdAt = now;
    }

    public void retire(Instant now, java.time.Duration publishedFor) {
        retiredAt = now;
        unpublishAt = now.plus(publishedFor);
    }

    public boolean isActive() {
        return retiredAt == null;
    }

    public boolean isPublishedAt(Instant now) {
        return unpublishAt == null || now.isBefore(unpublishAt);
    }

    public String kid() {
        return kid;
    }

    public String alg() {
        return alg;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The private key as stored: a token reference, sealed, or in the clear when an earlier version wrote it. */
    public String storedPrivateKey() {
        return privateKey;
    }

    /** Replaces the stored private key by another form of the same key (a key stored in the clear by its sealed form). */
    public void replaceStoredPrivateKey(String stored) {
        this.privateKey = stored;
    }

    public JWK publicJwk() {
        return parse(publicJwk);
    }

    private JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("stored signing key " + kid + " is unreadable", e);
        }
    }
}
