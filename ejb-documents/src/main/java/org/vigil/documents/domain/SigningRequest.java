package org.vigil.documents.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.vigil.documents.signing.SignatureLevel;

/**
 * One approval on the signer's device for one or more documents (a batch of prescriptions):
 * step 1 ran for each, and the device is asked to sign each data-to-be-signed with the key the
 * signer's certificate certifies. Its id is the id of the approval request the device sees.
 */
@Entity
@Table(name = "doc_signing_request")
public class SigningRequest {

    /** PENDING until the device answers; COMPLETED once every document is signed. */
    public enum Status { PENDING, COMPLETED }

    @Id
    private UUID id;

    @Column(name = "signer_id", nullable = false)
    private UUID signerId;

    @Column(name = "authenticator_id", nullable = false)
    private UUID authenticatorId;

    @Column(name = "certificate_serial", nullable = false, length = 64)
    private String certificateSerial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private SignatureLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SigningItem> items = new ArrayList<>();

    protected SigningRequest() {
        // for JPA
    }

    public SigningRequest(UUID id, UUID signerId, UUID authenticatorId, String certificateSerial, SignatureLevel level,
            Instant now, Instant expiresAt) {
        this.id = id;
        this.signerId = signerId;
        this.authenticatorId = authenticatorId;
        this.certificateSerial = certificateSerial;
        this.level = level;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public SigningItem add(UUID documentId, String title, String documentSha256, byte[] dataToSign, String session) {
        SigningItem item = new SigningItem(this, items.size(), documentId, title, documentSha256, dataToSign, session);
        items.add(item);
        return item;
    }

    public void complete(Instant now) {
        status = Status.COMPLETED;
        completedAt = now;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public UUID id() {
        return id;
    }

    public UUID signerId() {
        return signerId;
    }

    public UUID authenticatorId() {
        return authenticatorId;
    }

    public String certificateSerial() {
        return certificateSerial;
    }

    public SignatureLevel level() {
        return level;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public List<SigningItem> items() {
        return List.copyOf(items);
    }
}
