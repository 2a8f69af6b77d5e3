package org.vigil.documents.application.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.documents.application.DocumentFile;
import org.vigil.documents.application.DocumentService;
import org.vigil.documents.application.DocumentView;
import org.vigil.documents.application.Problems;
import org.vigil.documents.domain.Document;
import org.vigil.documents.domain.DocumentContent;
import org.vigil.documents.domain.DocumentLockedException;
import org.vigil.platform.signers.SignerDirectory;

@Stateless
public class DefaultDocumentService implements DocumentService {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Inject
    TrustSettings settings;

    @Inject
    DocumentAuditTrail audit;

    @EJB
    SignerDirectory directory;

    @Override
    public long maxBytes() {
        return settings.maxDocumentBytes();
    }

    @Override
    public DocumentView upload(UUID caller, String title, byte[] content, String clientAddress) {
        String name = title(title);
        checkSize(content);
        Document document = new Document(caller, name, UploadCheck.check(content), DocumentContent.unsigned(content), Instant.now());
        em.persist(document);
        audit.record(actor(caller), "document.upload", target(document.id()), clientAddress,
                document.format() + ", " + content.length + " bytes, sha256 " + document.sha256());
        return DocumentView.of(document);
    }

    @Override
    public DocumentView replace(UUID caller, UUID documentId, byte[] content, String clientAddress) {
        checkSize(content);
        Document document = readable(caller, documentId);
        if (!document.ownerId().equals(caller)) {
            throw new Problems.UnknownDocument(documentId);
        }
        if (UploadCheck.check(content) != document.format()) {
            throw new Problems.InvalidDocument("The new content must be a " + document.format() + " like the old.");
        }
        try {
            document.replaceContent(content, Instant.now());
        } catch (DocumentLockedException e) {
            audit.recordRefusal(actor(caller), "document.replace", target(documentId), clientAddress, e.getMessage());
            throw new Problems.DocumentLocked("The document is signed and can no longer change.");
        }
        audit.record(actor(caller), "document.replace", target(documentId), clientAddress, "sha256 " + document.sha256());
        return DocumentView.of(document);
    }

    @Override
    public List<DocumentView> list(UUID caller) {
        return em.createQuery("select distinct d from Document d left join d.sharedWith s "
                        + "where d.ownerId = :caller or s = :caller order by d.createdAt desc", Document.class)
                .setParameter("caller", caller).getResultList().stream().map(DocumentView::of).toList();
    }

    @Override
    public DocumentView describe(UUID caller, UUID documentId) {
        return DocumentView.of(readable(caller, documentId));
    }

    @Override
    public DocumentFile download(UUID caller, UUID documentId, String clientAddress) {
        Document document = readable(caller, documentId);
        audit.record(actor(caller), "document.read", target(documentId), clientAddress, "sha256 " + document.sha256());
        return new DocumentFile(document.title(), document.format().mediaType(), document.sha256(), document.content().bytes());
    }

    @Override
    public DocumentView share(UUID caller, UUID documentId, String email, UUID accountId, String clientAddress) {
        Document document = readable(caller, documentId);
        if (!document.ownerId().equals(caller)) {
            throw new Problems.UnknownDocument(documentId);
        }
        UUID with;
        if (accountId != null) {
            with = directory.signer(accountId).map(s -> s.accountId())
                    .orElseThrow(() -> new Problems.InvalidField("accountId", "no such person"));
        } else if (email != null && !email.isBlank()) {
            with = directory.accountByEmail(email.strip())
                    .orElseThrow(() -> new Problems.InvalidField("email", "no person has this address"));
        } else {
            throw new Problems.InvalidField("email", "name the person by email or accountId");
        }
        document.shareWith(with);
        audit.record(actor(caller), "document.share", target(documentId), clientAddress, "with account:" + with);
        return DocumentView.of(document);
    }

    Document readable(UUID caller, UUID documentId) {
        Document document = em.find(Document.class, documentId);
        if (document == null || !document.readableBy(caller)) {
            throw new Problems.UnknownDocument(documentId);
        }
        return document;
    }

    private void checkSize(byte[] content) {
        if (content.length > settings.maxDocumentBytes()) {
            throw new Problems.DocumentTooLarge(settings.maxDocumentBytes());
        }
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new Problems.InvalidField("title", "a document needs a title");
        }
        String stripped = title.strip();
        if (stripped.length() > 200 || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new Problems.InvalidField("title", "at most 200 characters, no control characters");
        }
        return stripped;
    }

    static String actor(UUID account) {
        return "account:" + account;
    }

    static String target(UUID document) {
        return "document:" + document;
    }
}
