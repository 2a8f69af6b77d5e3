package org.vigil.identity.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a person does in Vigil; access tokens carry these names. */
public enum AccountRole {
    PATIENT("patient"),
    DOCTOR("doctor"),
    NURSE("nurse"),
    PHARMACIST("pharmacist"),
    SUPERVISOR("supervisor"),
    KYC_OFFICER("kyc-officer"),
    ADMIN("admin");

    private final String claim;

    AccountRole(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public static Optional<AccountRole> ofClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }
}
