package org.vigil.documents.application;

import java.util.UUID;

import org.vigil.documents.signing.SignatureValueEncoding;

/** The device's signature over one document's data to be signed, and how it is encoded. */
public record SignatureValueInput(UUID documentId, byte[] value, SignatureValueEncoding encoding) {
}
