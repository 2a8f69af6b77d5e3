package org.vigil.client.sdk.authenticator;

import java.time.Instant;
import java.util.List;

/**
 * What a signing request asks this device to sign: each document with its title and SHA-256
 * (what the person checks) and the data to be signed (Base64, what the key signs).
 *
 * @param certificate the signing certificate (Base64 DER) the server will embed, certifying this device's key
 */
public record SigningRequest(String id, String status, String level, String certificate, Instant expiresAt,
                             List<Item> documents) {

    public record Item(String documentId, String title, String sha256, String dataToSign, String signatureId) {
    }
}
