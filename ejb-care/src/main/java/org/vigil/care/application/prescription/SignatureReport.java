package org.vigil.care.application.prescription;

/** DSS's simple and detailed validation reports (XML) of a prescription's signed PDF, as kept on arrival. */
public record SignatureReport(String simpleReport, String detailedReport) {
}
