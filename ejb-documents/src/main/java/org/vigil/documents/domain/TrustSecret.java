package org.vigil.documents.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A secret of the trust services, sealed with the installation's at-rest key (never in the clear). */
@Entity
@Table(name = "doc_trust_secret")
public class TrustSecret {

    /** The PKCS#12 trust store's password, when Vigil chose it. */
    public static final String KEYSTORE_PASSWORD = "keystore-password";

    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false, length = 1000)
    private String sealed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrustSecret() {
        // for JPA
    }

    public TrustSecret(String name, String sealed, Instant now) {
        this.name = name;
        this.sealed = sealed;
        this.createdAt = now;
    }

    public String sealed() {
        return sealed;
    }
}
