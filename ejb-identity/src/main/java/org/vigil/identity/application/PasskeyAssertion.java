package org.vigil.identity.application;

/** The browser's answer to get(), binary members base64url, with the challenge it answers. */
public record PasskeyAssertion(String challenge, String credentialId, String clientDataJSON, String authenticatorData, String signature,
        String userHandle) {
}
