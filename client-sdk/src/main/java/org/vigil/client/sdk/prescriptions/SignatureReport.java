package org.vigil.client.sdk.prescriptions;

/** EU DSS's simple and detailed reports (XML) of the check made when the prescription arrived. */
public record SignatureReport(String simpleReport, String detailedReport) {
}
