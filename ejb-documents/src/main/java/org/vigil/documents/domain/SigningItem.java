package org.vigil.documents.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.vigil.documents.signing.SigningSession;

/**
 * One document of a signing request: what the device is shown (title, SHA-256 of the
 * document), what it signs (the data to be signed of step 1), and the persisted signing session
 * from which step 3 rebuilds step 1's parameters exactly.
 */
@Entity
@Table(name = "doc_signing_item")
public class SigningItem {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private SigningRequest request;

    @Column(nullable = false)
    private int position;

    @Column(name = "document_id", nullable = false)
    private UUID documentId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "document_sha256", nullable = false, length = 64)
    private String documentSha256;

    @Column(name = "data_to_sign", nullable = false)
    private byte[] dataToSign;

    @Column(nullable = false, length = 20000)
    private String session;

    @Column(name = "signature_id")
    private UUID signatureId;

    protected SigningItem() {
        // for JPA
    }

    SigningItem(SigningRequest request, int position, UUID documentId, String title, String documentSha256, byte[] dataToSign,
            String session) {
        this.id = UUID.randomUUID();
        this.request = request;
        this.position = position;
        this.documentId = documentId;
        this.title = title;
        this.documentSha256 = documentSha256;
        this.dataToSign = dataToSign.clone();
        this.session = session;
    }

    public void signedAs(UUID signature) {
        this.signatureId = signature;
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public UUID documentId() {
        return documentId;
    }

    public String title() {
        return title;
    }

    public String documentSha256() {
        return documentSha256;
    }

    public byte[] dataToSign() {
        return dataToSign.clone();
    }

    public SigningSession session() {
        return SigningSession.decode(session);
    }

    public UUID signatureId() {
        return signatureId;
    }
}
