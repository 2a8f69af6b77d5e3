package org.vigil.documents.signing;

import java.util.Objects;

/**
 * Step 1's result: the bytes the signer's device signs (with SHA-256 and its EC key), and the
 * session to keep until the device answers.
 */
public record DataToSign(byte[] bytes, SigningSession session) {

    public DataToSign {
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
        Objects.requireNonNull(session, "session");
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
