package org.vigil.care.application;

/**
 * What a nurse or doctor observed: {@code consciousness} one of alert, new-confusion, voice, pain,
 * unresponsive (new-confusion for confusion); {@code respiratoryRate} per minute and {@code spo2} in %, each optional.
 */
public record Assessment(String consciousness, boolean supplementalOxygen, Double respiratoryRate, Double spo2) {
}
