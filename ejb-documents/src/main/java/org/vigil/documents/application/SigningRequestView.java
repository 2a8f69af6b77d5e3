package org.vigil.documents.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A signing request as the signer and their device see it: each document with its title and
 * SHA-256 (what the person approves), and the data to be signed (what the device signs).
 *
 * @param status PENDING, COMPLETED, DENIED (the person said no on their device) or EXPIRED
 */
public record SigningRequestView(UUID id, String status, String level, UUID signerId, UUID authenticatorId,
        String certificate, Instant createdAt, Instant expiresAt, Instant completedAt, List<Item> documents) {

    /**
     * @param dataToSign Base64 of the bytes the device signs with SHA-256 and its key
     * @param signatureId the completed signature, once there is one
     */
    public record Item(UUID documentId, String title, String sha256, String dataToSign, UUID signatureId) {
    }
}
