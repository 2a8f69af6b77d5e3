package org.vigil.identity.application;

import java.util.List;

/** What the app hands to {@code navigator.credentials.get()} to unlock: this device's passkey only, user verification required. */
public record PasskeyRequestOptions(String challenge, String rpId, List<PasskeyDescriptor> allowCredentials, String userVerification,
        long timeout) {
}
