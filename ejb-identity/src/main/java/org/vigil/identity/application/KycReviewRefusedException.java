package org.vigil.identity.application;

import java.util.Map;

import jakarta.ejb.ApplicationException;

import org.vigil.identity.kyc.ReviewRefused;
import org.vigil.platform.problem.ProblemException;

/**
 * A level-3 step refused by one of {@link org.vigil.identity.kyc.InPersonReview}'s rules (or the bootstrap's); the problem
 * type and its {@code rule} member name it ({@code urn:vigil:problem:same-officer}, ...). Rolls back; audited on its own.
 */
@ApplicationException(rollback = true)
public class KycReviewRefusedException extends ProblemException {

    private final String rule;

    public KycReviewRefusedException(ReviewRefused refused) {
        this(refused.kind().status(), refused.kind().key(), refused.getMessage());
    }

    public KycReviewRefusedException(int status, String rule, String detail) {
        super(status, rule, "KYC level 3 refused: " + rule, detail);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("rule", rule);
    }
}
