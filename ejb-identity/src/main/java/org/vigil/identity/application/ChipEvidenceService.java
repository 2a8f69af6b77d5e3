package org.vigil.identity.application;

import jakarta.ejb.Local;

import org.vigil.platform.access.Caller;

/**
 * KYC level 2: a KYC terminal sends what it read from a person's identity document chip; the server checks it (MRZ
 * check digits, passive authentication against the CSCA trust list, expiry, the holder against the account) and, when
 * every check passes, raises the account to level 2, keeps the evidence and the sealed face image, and audits it. A
 * failed check changes nothing on the account and is named in the refusal ({@link KycCheckRefusedException}).
 */
@Local
public interface ChipEvidenceService {

    /**
     * @throws KycTerminalRequiredException unless the caller is an enrolled {@code kyc-terminal} with its own token
     * @throws UnknownAccountException when no account has the id
     * @throws InvalidFieldException for an account that has not reached level 1 or is locked
     * @throws KycCheckRefusedException naming the check that failed
     */
    ChipEvidenceOutcome submit(Caller caller, ChipEvidenceSubmission submission);

    /** What a KYC terminal should accept. @throws KycTerminalRequiredException unless the caller is a KYC terminal */
    KycTerminalConfiguration configuration(Caller caller);
}
