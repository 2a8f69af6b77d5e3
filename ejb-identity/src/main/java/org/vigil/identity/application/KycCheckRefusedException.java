package org.vigil.identity.application;

import java.util.Map;

import jakarta.ejb.ApplicationException;

import org.vigil.identity.kyc.ChipCheck;
import org.vigil.platform.problem.ProblemException;

/**
 * 422: a chip read failed one check; the problem's type is the check's name ({@code urn:vigil:problem:data-group-hash},
 * {@code ...:holder-mismatch}, see {@link ChipCheck}) and so is its {@code check} member. Rolls back: nothing changes
 * on the account; the refusal is audited on its own.
 */
@ApplicationException(rollback = true)
public class KycCheckRefusedException extends ProblemException {

    private final ChipCheck check;

    public KycCheckRefusedException(ChipCheck check, String detail) {
        super(422, check.key(), "KYC check failed: " + check.key(), detail);
        this.check = check;
    }

    public ChipCheck check() {
        return check;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("check", check.key());
    }
}
