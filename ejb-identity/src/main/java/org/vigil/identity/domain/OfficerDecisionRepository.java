package org.vigil.identity.domain;

import java.util.List;
import java.util.UUID;

/** KYC officers' level-3 decisions. */
public interface OfficerDecisionRepository {

    void store(OfficerDecision decision);

    /** The person's decisions, oldest first. */
    List<OfficerDecision> ofAccount(UUID accountId);
}
