package org.vigil.care.domain.observation;

import java.util.UUID;

/** One line of the answer to a batch; {@code reason} is set for rejections only. */
public record IngestResult(UUID measurementId, IngestStatus status, String reason) {

    public static IngestResult stored(UUID id) {
        return new IngestResult(id, IngestStatus.STORED, null);
    }

    public static IngestResult duplicate(UUID id) {
        return new IngestResult(id, IngestStatus.DUPLICATE, null);
    }

    public static IngestResult rejected(UUID id, String reason) {
        return new IngestResult(id, IngestStatus.REJECTED, reason);
    }
}
