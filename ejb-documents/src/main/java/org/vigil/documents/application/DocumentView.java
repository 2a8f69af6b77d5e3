package org.vigil.documents.application;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.vigil.documents.domain.Document;

/** A document as its readers see it, without its content. */
public record DocumentView(UUID id, String title, String mediaType, String sha256, long sizeBytes, int signatures,
        UUID ownerId, Set<UUID> sharedWith, Instant createdAt, Instant updatedAt) {

    public static DocumentView of(Document d) {
        return new DocumentView(d.id(), d.title(), d.format().mediaType(), d.sha256(), d.sizeBytes(), d.signatures(),
                d.ownerId(), d.sharedWith(), d.createdAt(), d.updatedAt());
    }
}
