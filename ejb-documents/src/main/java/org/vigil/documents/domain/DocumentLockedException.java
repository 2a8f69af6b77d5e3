package org.vigil.documents.domain;

/** A change to a document's content that its signatures forbid. */
public class DocumentLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DocumentLockedException(String message) {
        super(message);
    }
}
