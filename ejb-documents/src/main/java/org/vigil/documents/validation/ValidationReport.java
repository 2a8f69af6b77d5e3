package org.vigil.documents.validation;

import java.util.List;
import java.util.Optional;

/**
 * The validation of one document: a verdict per signature (an empty list when it has none), and
 * DSS's simple and detailed reports as XML when they were asked for.
 */
public record ValidationReport(List<SignatureVerdict> signatures, String simpleReportXml, String detailedReportXml) {

    public ValidationReport {
        signatures = List.copyOf(signatures);
    }

    public Optional<String> simpleReport() {
        return Optional.ofNullable(simpleReportXml);
    }

    public Optional<String> detailedReport() {
        return Optional.ofNullable(detailedReportXml);
    }
}
