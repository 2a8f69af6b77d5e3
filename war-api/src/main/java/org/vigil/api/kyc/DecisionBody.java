package org.vigil.api.kyc;

/** A KYC officer's decision on the person before her: {@code approved} or {@code refused}, and why (required to refuse). */
public record DecisionBody(String decision, String reason) {
}
