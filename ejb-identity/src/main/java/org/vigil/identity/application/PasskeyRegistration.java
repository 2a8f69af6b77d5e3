package org.vigil.identity.application;

import java.util.List;

/** The browser's answer to create(), binary members base64url, with the challenge it answers. */
public record PasskeyRegistration(String challenge, String credentialId, String clientDataJSON, String attestationObject,
        List<String> transports) {
}
