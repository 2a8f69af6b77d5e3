package org.vigil.identity.application;

import java.util.UUID;

/**
 * What a level-3 decision did: the person's level after it, and {@code outcome} {@code level-3}, {@code refused} or
 * {@code awaiting-another-officer}; {@code approvals} of {@code approvalsRequired} in the open round.
 */
public record KycDecisionOutcome(UUID accountId, int kycLevel, UUID decisionId, String verdict, String outcome, int approvals,
        int approvalsRequired) {
}
