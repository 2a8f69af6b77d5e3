package org.vigil.identity.application;

import java.util.List;

/** A PublicKeyCredentialDescriptor: the credential id base64url. */
public record PasskeyDescriptor(String type, String id, List<String> transports) {
}
