package org.vigil.identity.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a person does in Vigil; access tokens carry these names. */
public enum Role {
    PATIENT("patient"),
    DOCTOR("doctor"),
    NURSE("nurse"),
    PHARMACIST("pharmacist"),
    SUPERVISOR("supervisor"),
    KYC_OFFICER("kyc-officer"),
    ADMIN("admin");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public static Optional<Role> ofClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }
}
