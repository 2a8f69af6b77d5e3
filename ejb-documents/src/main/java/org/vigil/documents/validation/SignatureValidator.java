package org.vigil.documents.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.vigil.documents.dss.DssConfiguration;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlTimestamp;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;

/**
 * Validates the signatures of a PDF or XML document with EU DSS against Vigil's trust anchors
 * (and any extra ones configured), following ETSI EN 319 102-1 with DSS's default policy.
 */
public final class SignatureValidator {

    private final DssConfiguration dss;

    public SignatureValidator(DssConfiguration dss) {
        this.dss = Objects.requireNonNull(dss, "dss");
    }

    /**
     * @param withReports whether to include DSS's simple and detailed reports (XML); they are
     *                    large, so only on request
     * @throws UnsupportedDocumentException when DSS does not recognise the document
     */
    public ValidationReport validate(byte[] document, boolean withReports) {
        SignedDocumentValidator validator;
        try {
            validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(document));
        } catch (UnsupportedOperationException | DSSException e) {
            // DSS answers a format it has no validator for with UnsupportedOperationException
            throw new UnsupportedDocumentException("not a PDF or XML document DSS can read: " + e.getMessage(), e);
        }
        validator.setCertificateVerifier(dss.certificateVerifier());
        Reports reports;
        try {
            reports = validator.validateDocument();
        } catch (DSSException | IllegalArgumentException | IllegalStateException e) {
            throw new UnsupportedDocumentException("the document cannot be validated: " + e.getMessage(), e);
        }
        SimpleReport simple = reports.getSimpleReport();
        List<String> failedDocumentTimestamps = failedDocumentTimestamps(simple);
        List<SignatureVerdict> verdicts = new ArrayList<>();
        for (String id : simple.getSignatureIdList()) {
            SubIndication sub = simple.getSubIndication(id);
            List<String> errors = new ArrayList<>(simple.getAdESValidationErrors(id).stream().map(m -> m.getValue()).toList());
            simple.getSignatureTimestamps(id).stream().filter(t -> t.getIndication() != Indication.PASSED)
                    .forEach(t -> errors.add(failure(t)));
            errors.addAll(failedDocumentTimestamps);
            verdicts.add(new SignatureVerdict(id, simple.getSignedBy(id),
                    simple.getBestSignatureTime(id) == null ? null : simple.getBestSignatureTime(id).toInstant(),
                    String.valueOf(simple.getSignatureFormat(id)), simple.getIndication(id).name(),
                    sub == null ? null : sub.name(), errors, signerSerialNumber(reports, id)));
        }
        return withReports
                ? new ValidationReport(verdicts, reports.getXmlSimpleReport(), reports.getXmlDetailedReport())
                : new ValidationReport(verdicts, null, null);
    }

    private static String signerSerialNumber(Reports reports, String signatureId) {
        SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(signatureId);
        CertificateWrapper certificate = signature == null ? null : signature.getSigningCertificate();
        return certificate == null ? null : certificate.getSubjectSerialNumber();
    }

    /**
     * A PAdES-LTA signature's archive timestamps are document timestamps of the PDF, which DSS
     * reports as tokens of their own, beside the signatures: one that failed is an error of every
     * signature it was to preserve, or the summary would show a clean signature whose long-term
     * proof is broken.
     */
    private static List<String> failedDocumentTimestamps(SimpleReport simple) {
        Set<String> ofSignatures = new HashSet<>();
        simple.getSignatureIdList().forEach(id -> simple.getSignatureTimestamps(id).forEach(t -> ofSignatures.add(t.getId())));
        List<String> failures = new ArrayList<>();
        for (String id : simple.getTimestampIdList()) {
            if (!ofSignatures.contains(id) && simple.getIndication(id) != Indication.PASSED) {
                SubIndication sub = simple.getSubIndication(id);
                failures.add("The archive (document) timestamp " + id + " failed validation: " + simple.getIndication(id)
                        + (sub == null ? "" : " (" + sub + ")"));
            }
        }
        return failures;
    }

    private static String failure(XmlTimestamp timestamp) {
        return "The timestamp " + timestamp.getId() + " failed validation: " + timestamp.getIndication()
                + (timestamp.getSubIndication() == null ? "" : " (" + timestamp.getSubIndication() + ")");
    }
}
