package org.vigil.documents.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A PDF or XML document a person uploaded to be signed (a prescription, a report): its owner,
 * the people it is shared with, and its content, which no one can change once it carries a
 * signature except by adding another signature.
 */
@Entity
@Table(name = "doc_document")
public class Document {

    @Id
    private UUID id;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "media_type", nullable = false, length = 50)
    private String mediaType;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private int signatures;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // Two signers completing at once: the second commit fails instead of dropping a signature.
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "doc_share", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "account_id")
    private Set<UUID> sharedWith = new HashSet<>();

    protected Document() {
        // for JPA
    }

    public Document(UUID ownerId, String title, DocumentFormat format, DocumentContent content, Instant now) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.title = title;
        this.mediaType = format.mediaType();
        this.createdAt = now;
        apply(content, now);
    }

    /** Whether this person may read the document (and be asked to sign it): its owner or someone it is shared with. */
    public boolean readableBy(UUID accountId) {
        return ownerId.equals(accountId) || sharedWith.contains(accountId);
    }

    public void shareWith(UUID accountId) {
        sharedWith.add(accountId);
    }

    /** New content before anyone signed; a signed document refuses with {@link DocumentLockedException}. */
    public void replaceContent(byte[] bytes, Instant now) {
        apply(content().replacedBy(bytes), now);
    }

    /** The document after one more signature, made by the signing service. */
    public void addSignature(byte[] signedBytes, Instant now) {
        DocumentContent current = content();
        apply(format() == DocumentFormat.XML ? current.withEnvelopedSignature(signedBytes) : current.withSignature(signedBytes), now);
    }

    public DocumentContent content() {
        return DocumentContent.stored(content, sha256, signatures);
    }

    private void apply(DocumentContent next, Instant now) {
        this.content = next.bytes();
        this.sha256 = next.sha256();
        this.sizeBytes = this.content.length;
        this.signatures = next.signatures();
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public String title() {
        return title;
    }

    public DocumentFormat format() {
        return DocumentFormat.ofMediaType(mediaType);
    }

    public String sha256() {
        return sha256;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public int signatures() {
        return signatures;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Set<UUID> sharedWith() {
        return Set.copyOf(sharedWith);
    }
}
