package org.vigil.documents.application;

import java.time.Duration;
import java.util.UUID;

import org.vigil.documents.signing.SignatureLevel;
import org.vigil.documents.signing.VisibleSignature;

/**
 * What a signer asks for: the baseline level, reason and location (PDF only), an optional
 * visible appearance (PDF only), which of their authenticators signs (default: the newest), and
 * how long the device may take to answer (default and longest: the configured lifetime).
 */
public record SigningOptions(SignatureLevel level, String reason, String location, VisibleSignature visible,
        UUID authenticatorId, Duration lifetime) {
}
