package org.vigil.documents.preview;

/** A document's page could not be drawn; the message says why. */
public class PreviewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PreviewException(String message) {
        super(message);
    }
}
