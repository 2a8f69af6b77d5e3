package org.vigil.documents.application;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;

/**
 * People's documents: upload (PDF or XML, checked by content), list, read, share. Only the owner
 * and the people a document is shared with may read it; every read is audited.
 */
@Local
public interface DocumentService {

    /** The most bytes a document may have (configurable); the API refuses larger uploads before reading them. */
    long maxBytes();

    DocumentView upload(UUID caller, String title, byte[] content, String clientAddress);

    /** Replaces the content of a document nobody has signed yet. */
    DocumentView replace(UUID caller, UUID documentId, byte[] content, String clientAddress);

    /** The caller's own documents and those shared with them, newest first. */
    List<DocumentView> list(UUID caller);

    DocumentView describe(UUID caller, UUID documentId);

    DocumentFile download(UUID caller, UUID documentId, String clientAddress);

    /** Shares with the person holding this e-mail address or account id; only the owner shares. */
    DocumentView share(UUID caller, UUID documentId, String email, UUID accountId, String clientAddress);
}
