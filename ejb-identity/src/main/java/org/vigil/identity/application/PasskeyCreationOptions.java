package org.vigil.identity.application;

import java.util.List;

/**
 * What the app hands to {@code navigator.credentials.create()} (binary members base64url): a
 * passkey for this device's person, user verification required, no attestation asked.
 */
public record PasskeyCreationOptions(String challenge, RelyingPartyEntity rp, UserEntity user, List<Algorithm> pubKeyCredParams,
        long timeout, String attestation, Selection authenticatorSelection, List<PasskeyDescriptor> excludeCredentials) {

    public record RelyingPartyEntity(String id, String name) {
    }

    /** {@code id} is the authenticator's id: a passkey belongs to one enrolled device, not to the account. */
    public record UserEntity(String id, String name, String displayName) {
    }

    public record Algorithm(String type, long alg) {
    }

    public record Selection(String residentKey, boolean requireResidentKey, String userVerification) {
    }
}
