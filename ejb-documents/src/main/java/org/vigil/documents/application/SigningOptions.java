package org.vigil.documents.application;

import java.util.UUID;

import org.vigil.documents.signing.SignatureLevel;
import org.vigil.documents.signing.VisibleSignature;

/**
 * What a signer asks for: the baseline level, reason and location (PDF only), an optional
 * visible appearance (PDF only), and which of their authenticators signs (default: the newest).
 */
public record SigningOptions(SignatureLevel level, String reason, String location, VisibleSignature visible,
        UUID authenticatorId) {
}
