package org.vigil.documents.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.vigil.documents.signing.SignatureLevel;
import org.vigil.documents.signing.SignatureValueEncoding;

/** A signature Vigil completed: who signed which document, with which certificate, how and when. */
@Entity
@Table(name = "doc_signature")
public class SignatureRecord {

    @Id
    private UUID id;

    @Column(name = "document_id", nullable = false)
    private UUID documentId;

    @Column(name = "signer_id", nullable = false)
    private UUID signerId;

    @Column(name = "authenticator_id", nullable = false)
    private UUID authenticatorId;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Column(name = "certificate_serial", nullable = false, length = 64)
    private String certificateSerial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private SignatureLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_encoding", nullable = false, length = 8)
    private SignatureValueEncoding encoding;

    @Column(name = "signing_time", nullable = false)
    private Instant signingTime;

    @Column(name = "signed_sha256", nullable = false, length = 64)
    private String signedSha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SignatureRecord() {
        // for JPA
    }

    public SignatureRecord(UUID documentId, SigningRequest request, SignatureValueEncoding encoding, Instant signingTime,
            String signedSha256, Instant now) {
        this.id = UUID.randomUUID();
        this.documentId = documentId;
        this.signerId = request.signerId();
        this.authenticatorId = request.authenticatorId();
        this.requestId = request.id();
        this.certificateSerial = request.certificateSerial();
        this.level = request.level();
        this.encoding = encoding;
        this.signingTime = signingTime;
        this.signedSha256 = signedSha256;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID documentId() {
        return documentId;
    }

    public UUID signerId() {
        return signerId;
    }

    public String certificateSerial() {
        return certificateSerial;
    }

    public SignatureLevel level() {
        return level;
    }

    public Instant signingTime() {
        return signingTime;
    }
}
