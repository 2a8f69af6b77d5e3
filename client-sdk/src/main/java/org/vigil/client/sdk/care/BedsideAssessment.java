package org.vigil.client.sdk.care;

/** What a nurse or doctor enters at the bedside; null numbers are not measured now. Consciousness is ACVPU: alert, confusion, voice, pain, unresponsive. */
public record BedsideAssessment(String consciousness, boolean supplementalOxygen, Integer respiratoryRate, Integer spo2) {
}
