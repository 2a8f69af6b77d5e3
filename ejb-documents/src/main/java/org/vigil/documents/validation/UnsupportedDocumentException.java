package org.vigil.documents.validation;

/** The bytes are not a document DSS can validate (not a PDF or XML, or too damaged to parse). */
public class UnsupportedDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsupportedDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
