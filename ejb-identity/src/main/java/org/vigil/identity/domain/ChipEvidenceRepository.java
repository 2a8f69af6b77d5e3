package org.vigil.identity.domain;

import java.util.List;
import java.util.UUID;

/** The chip reads that raised accounts to KYC level 2, and their evidence rows. */
public interface ChipEvidenceRepository {

    void store(KycEvidence evidence, ChipEvidence chip);

    List<ChipEvidence> ofAccount(UUID accountId);
}
