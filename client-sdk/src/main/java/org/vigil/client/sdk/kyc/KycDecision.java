package org.vigil.client.sdk.kyc;

/** What a decision did: {@code outcome} is {@code level-3}, {@code refused} or {@code awaiting-another-officer}. */
public record KycDecision(String accountId, int kycLevel, String decisionId, String verdict, String outcome, int approvals,
        int approvalsRequired) {
}
