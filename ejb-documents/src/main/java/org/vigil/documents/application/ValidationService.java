package org.vigil.documents.application;

import jakarta.ejb.Local;

import org.vigil.documents.validation.ValidationReport;

/** Validation of any signed PDF or XML against Vigil's trust anchors (and configured extra ones). */
@Local
public interface ValidationService {

    long maxBytes();

    ValidationReport validate(byte[] document, boolean withReports);
}
