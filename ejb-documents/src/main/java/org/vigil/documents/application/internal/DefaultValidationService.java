package org.vigil.documents.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.vigil.documents.application.Problems;
import org.vigil.documents.application.ValidationService;
import org.vigil.documents.validation.UnsupportedDocumentException;
import org.vigil.documents.validation.ValidationReport;

// No transaction: validation reads nothing of ours, and may fetch revocation data from /pki,
// which must not wait for a transaction held here.
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultValidationService implements ValidationService {

    @Inject
    TrustServices trust;

    @Inject
    TrustSettings settings;

    @Override
    public long maxBytes() {
        return settings.maxDocumentBytes();
    }

    @Override
    public ValidationReport validate(byte[] document, boolean withReports) {
        if (document.length > settings.maxDocumentBytes()) {
            throw new Problems.DocumentTooLarge(settings.maxDocumentBytes());
        }
        UploadCheck.check(document);
        ValidationReport report;
        try {
            report = trust.validator().validate(document, withReports);
        } catch (UnsupportedDocumentException e) {
            throw new Problems.InvalidDocument(e.getMessage());
        }
        if (report.signatures().isEmpty()) {
            throw new Problems.NoSignatures();
        }
        return report;
    }
}
