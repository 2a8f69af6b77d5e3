package org.vigil.identity.application;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.identity.kyc.FaceImage;
import org.vigil.platform.access.Caller;

/**
 * KYC level 3: a KYC officer, herself at level 3, finds the person before her, sees the level-2 evidence (the document
 * as its chip described it, and the face image, unsealed for this look only) and records her decision. When the server
 * requires a second officer ({@code vigil.kyc.officer-approvals=2}), the level is reached only when a different officer
 * approves too. Every call is audited, reads included; a refusal changes nothing.
 */
@Local
public interface InPersonCheckService {

    /** People whose name, email or phone contains {@code text}, at most 20. @throws KycOfficerRequiredException */
    List<KycPerson> find(Caller officer, String text);

    /** The person's level-2 evidence and the decisions so far. @throws KycReviewRefusedException when there is none to show */
    KycCase kycCase(Caller officer, UUID accountId);

    /** The face the chip held, unsealed. @throws KycEvidenceMissingException when none was kept */
    FaceImage face(Caller officer, UUID accountId);

    /**
     * @param decision {@code approved} or {@code refused}
     * @param reason   required for a refusal
     * @throws KycReviewRefusedException naming the rule: officer-not-level-3, own-account, not-at-level-2, same-officer,
     *                                   reason-required, invalid-decision
     */
    KycDecisionOutcome decide(Caller officer, UUID accountId, String decision, String reason);

    /**
     * How the first officers reach level 3, when no officer can take them there: an admin records that she saw a
     * {@code kyc-officer} at level 2 in person, while fewer officers are at level 3 than a decision needs. Closed after.
     *
     * @throws KycReviewRefusedException (not-at-level-2, bootstrap-closed, not-an-officer)
     */
    KycDecisionOutcome bootstrapOfficer(Caller admin, UUID accountId, String reason);
}
