package org.vigil.documents.application;

import jakarta.ejb.ApplicationException;

import org.vigil.platform.problem.ProblemException;

/** The document server's refusals, each with its problem type (RFC 9457) and HTTP status. */
public final class Problems {

    private Problems() {
    }

    public static final class UnknownDocument extends ProblemException {
        public UnknownDocument(Object id) {
            super(404, "unknown-document", "Unknown document", "No document you may read has the id " + id + ".");
        }
    }

    public static final class UnsupportedDocument extends ProblemException {
        public UnsupportedDocument(String detail) {
            super(415, "unsupported-document", "Unsupported document", detail);
        }
    }

    public static final class InvalidDocument extends ProblemException {
        public InvalidDocument(String detail) {
            super(400, "invalid-document", "Invalid document", detail);
        }
    }

    public static final class DocumentTooLarge extends ProblemException {
        public DocumentTooLarge(long limit) {
            super(413, "document-too-large", "Document too large", "Documents may have at most " + limit + " bytes.");
        }
    }

    public static final class DocumentLocked extends ProblemException {
        public DocumentLocked(String detail) {
            super(409, "document-locked", "Document locked", detail);
        }
    }

    public static final class InvalidField extends ProblemException {
        public InvalidField(String field, String reason) {
            super(400, "invalid-request", "Invalid request", field + ": " + reason);
        }
    }

    public static final class NoSignatures extends ProblemException {
        public NoSignatures() {
            super(422, "no-signatures", "No signatures", "The document carries no signature to validate.");
        }
    }

    public static final class SignerNotQualified extends ProblemException {
        public SignerNotQualified(String detail) {
            super(403, "signer-not-qualified", "Signer not qualified", detail);
        }
    }

    public static final class UnknownSigningRequest extends ProblemException {
        public UnknownSigningRequest(Object id) {
            super(404, "unknown-signing-request", "Unknown signing request", "No signing request of yours has the id " + id + ".");
        }
    }

    public static final class NoPreview extends ProblemException {
        public NoPreview(String detail) {
            super(404, "no-preview", "No preview", detail);
        }
    }

    public static final class SigningRequestClosed extends ProblemException {
        public SigningRequestClosed(String detail) {
            super(409, "signing-request-closed", "Signing request closed", detail);
        }
    }

    public static final class SigningRequestExpired extends ProblemException {
        public SigningRequestExpired(String detail) {
            super(410, "request-expired", "Request expired", detail);
        }
    }

    /** The device's value does not verify: nothing is embedded and its approval is undone, so it may try again. */
    @ApplicationException(rollback = true)
    public static final class InvalidSignatureValue extends ProblemException {
        public InvalidSignatureValue(String detail) {
            super(400, "invalid-signature-value", "Invalid signature value", detail);
        }
    }

    /** Step 3 could not finish (timestamp or revocation data unavailable): everything is undone. */
    @ApplicationException(rollback = true)
    public static final class SigningFailed extends ProblemException {
        public SigningFailed(String detail) {
            super(502, "signing-failed", "Signing failed", detail);
        }
    }

    /** A document of the request changed since step 1 (another signature came first): undone, start again. */
    @ApplicationException(rollback = true)
    public static final class DocumentChanged extends ProblemException {
        public DocumentChanged(String detail) {
            super(409, "document-changed", "Document changed", detail);
        }
    }
}
