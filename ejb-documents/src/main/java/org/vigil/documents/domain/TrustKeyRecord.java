package org.vigil.documents.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where one trust service's private key is kept (a PKCS#12 file or a PKCS#11 token) and the
 * certificate it was found with: a reference for operators, never the key itself.
 */
@Entity
@Table(name = "doc_trust_key")
public class TrustKeyRecord {

    @Id
    @Column(length = 64)
    private String alias;

    @Column(name = "store_kind", nullable = false, length = 16)
    private String storeKind;

    @Column(nullable = false, length = 500)
    private String location;

    @Column(nullable = false)
    private byte[] certificate;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TrustKeyRecord() {
        // for JPA
    }

    public TrustKeyRecord(String alias, String storeKind, String location, byte[] certificate, Instant now) {
        this.alias = alias;
        update(storeKind, location, certificate, now);
    }

    public void update(String storeKind, String location, byte[] certificate, Instant now) {
        this.storeKind = storeKind;
        this.location = location;
        this.certificate = certificate.clone();
        this.recordedAt = now;
    }
}
