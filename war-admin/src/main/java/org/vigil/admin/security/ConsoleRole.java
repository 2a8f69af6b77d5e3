package org.vigil.admin.security;

/** The roles that open parts of the console; each is the claim Vigil's access tokens carry. */
public enum ConsoleRole {
    ADMIN("admin"),
    SUPERVISOR("supervisor"),
    KYC_OFFICER("kyc-officer"),
    PHARMACIST("pharmacist");

    private final String claim;

    ConsoleRole(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }
}
