package org.vigil.documents.signing;

import java.util.Objects;
import java.util.Optional;

/**
 * What a signer asks for: the level, the reason and place stated in the signature, and an
 * optional visible appearance.
 */
public record SignatureOptions(SignatureLevel level, String reason, String location, VisibleSignature visible) {

    public SignatureOptions {
        Objects.requireNonNull(level, "level");
        reason = limited(reason, "reason");
        location = limited(location, "location");
    }

    public static SignatureOptions of(SignatureLevel level, String reason) {
        return new SignatureOptions(level, reason, null, null);
    }

    public Optional<VisibleSignature> visibleSignature() {
        return Optional.ofNullable(visible);
    }

    public SignatureOptions withVisibleSignature(VisibleSignature box) {
        return new SignatureOptions(level, reason, location, box);
    }

    private static String limited(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > 200) {
            throw new IllegalArgumentException(field + " is longer than 200 characters");
        }
        return text.strip();
    }
}
