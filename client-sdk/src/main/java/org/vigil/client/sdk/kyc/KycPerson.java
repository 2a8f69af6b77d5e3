package org.vigil.client.sdk.kyc;

/** A person as a KYC officer finds them. */
public record KycPerson(String accountId, String firstName, String lastName, String email, int kycLevel) {

    public String displayName() {
        return firstName + " " + lastName;
    }
}
